// Under load every API request asks PostgreSQL for the change mark (a round trip through a pool of a
// few connections), and a hundred clients queued behind those few connections. Callers that arrive
// together can share one read, provided the read they share began after each of them arrived: then
// whatever was committed before a caller asked is in the answer it gets, exactly as with a read of its
// own. So a caller joins the read that will start next, never one already under way.

/** Wraps `read` so that concurrent callers share reads, each answered by a read begun after it called. */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<unknown> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const clear = () => {
      if (running === current) running = undefined;
    };
    current.then(clear, clear);
    return current;
  };
  return () => {
    if (next) return next;
    if (!running) return start();
    const after = running.then(
      () => undefined,
      () => undefined,
    );
    next = after.then(() => {
      next = undefined;
      return start();
    });
    return next;
  };
}
