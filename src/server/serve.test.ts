import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { serveApp } from './serve.js';

describe('serveApp', () => {
  it('stops only after the requests it is answering are answered, so the store can be closed after it', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    let release: () => void = () => undefined;
    const slow = new Proxy(store, {
      get(target, name, receiver) {
        if (name === 'counts') return async () => (await new Promise<void>((done) => (release = done)), target.counts());
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    const server = await serveApp(slow, { port: 0, host: '127.0.0.1', webRoot: '/nonexistent' });
    const answer = fetch(`http://127.0.0.1:${server.port}/api/stats`);
    await new Promise((done) => setTimeout(done, 100));
    const order: string[] = [];
    const closing = server.close().then(() => order.push('closed'));
    await new Promise((done) => setTimeout(done, 100));
    expect(order).toEqual([]);
    release();
    // The answer is sent whole (not cut off by the stop), and only then does the server finish closing.
    expect((await answer).status).toBe(200);
    await closing;
    expect(order).toEqual(['closed']);
    await store.close();
  });

  it('does not let the store close under a handler whose client hung up', async () => {
    // The load test's end: clients leave while their requests are still being worked on.
    const store = new SqliteStore({ path: ':memory:' });
    let release: () => void = () => undefined;
    const slow = new Proxy(store, {
      get(target, name, receiver) {
        if (name === 'counts') return async () => (await new Promise<void>((done) => (release = done)), target.counts());
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    const server = await serveApp(slow, { port: 0, host: '127.0.0.1', webRoot: '/nonexistent' });
    const client = new AbortController();
    const answer = fetch(`http://127.0.0.1:${server.port}/api/stats`, { signal: client.signal }).catch(() => 'aborted');
    await new Promise((done) => setTimeout(done, 100));
    client.abort();
    expect(await answer).toBe('aborted');
    const order: string[] = [];
    const closing = server.close().then(() => order.push('closed'));
    await new Promise((done) => setTimeout(done, 100));
    expect(order).toEqual([]);
    release();
    await closing;
    expect(order).toEqual(['closed']);
    await store.close();
  });
});

describe('serveApp when it cannot listen', () => {
  it('says the port is taken and how to choose another, instead of a stack trace', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const first = await serveApp(store, { port: 0, host: '127.0.0.1', webRoot: '/nonexistent' });
    const taken = serveApp(store, { port: first.port, host: '127.0.0.1', webRoot: '/nonexistent' });
    await expect(taken).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(new RegExp(`port ${first.port} .*already in use.*--port N.*PORT=N`)),
    });
    await first.close();
    await store.close();
  });
});
