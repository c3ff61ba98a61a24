// `npx tsx bench/browser-network.ts`: the network view in headless Chromium on a synthetic world of
// 5,000 actors and 20,000 ties between them. Reports the time to first render (navigation to the
// first frame sigma draws: fetch, graph, layout, WebGL) and frames per second while the time
// slider is scrubbed one month per frame. WebGL runs in software (SwiftShader). Options:
// --actors N --ties N --seconds S --gl disable-gpu|angle --keep (reuse the generated database).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { seededRandom } from '../../src/analysis/random.js';
import type { Actor } from '../../src/core/model/actor.js';
import type { Claim } from '../../src/core/model/claim.js';
import type { Relation } from '../../src/core/model/relation.js';
import type { Source } from '../../src/core/model/source.js';
import type { RelationType } from '../../src/core/vocab/relation-types.js';
import { serveApp } from '../../src/server/serve.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ensureWebBuild } from '../../e2e/support/app-server.js';
import { CHROMIUM } from '../../e2e/support/browser.js';
import { bulkLoad } from '../bulk-load.js';
import type { World } from '../generate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ACTORS = arg('--actors', 5000);
const TIES = arg('--ties', 20000);
const SECONDS = arg('--seconds', 4);
const KEEP = process.argv.includes('--keep');
const DIR = join(tmpdir(), 'faultline-bench');
const FILE = join(DIR, `network-${ACTORS}-${TIES}.db`);
// Software WebGL either way: `--gl disable-gpu` (the e2e harness's flags: SwiftShader WebGL, software
// compositing; the default, faster here) or `--gl angle` (ANGLE over SwiftShader's Vulkan, GPU compositing).
const GL_MODES: Record<string, string[]> = {
  'disable-gpu': ['--disable-gpu', '--enable-unsafe-swiftshader'],
  angle: ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
};
const GL_MODE = process.argv.includes('--gl') ? (process.argv[process.argv.indexOf('--gl') + 1] ?? 'disable-gpu') : 'disable-gpu';
const GL_FLAGS = GL_MODES[GL_MODE] ?? GL_MODES['disable-gpu'] ?? [];

const KINDS: Actor['kind'][] = ['armed_group', 'armed_group', 'armed_group', 'coalition', 'community', 'person', 'state_force', 'state'];
const TYPES: RelationType[] = ['hostile_to', 'allied_with', 'member_of', 'supported_by', 'leads', 'based_on_community', 'co_opted_by', 'affiliated_with'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Clustered actors (groups of 50) with ties of mixed date precision, one claim each, citing dated sources. */
function syntheticWorld(actorCount: number, tieCount: number): World {
  const rnd = seededRandom(11);
  const int = (n: number) => Math.floor(rnd() * n);
  const sources: Source[] = Array.from({ length: 12 }, (_, k) => ({
    id: createHash('sha256').update(`browser bench source ${k}`).digest('hex'),
    title: `Synthetic report ${k}`,
    date: `${2000 + 2 * k}-${pad(1 + k)}`,
    reliability: 'B',
    reliabilityReason: 'synthetic',
  }));
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `actor:n${i}`,
    kind: KINDS[i % KINDS.length] ?? 'armed_group',
    name: `Actor ${i}`,
    description: `synthetic actor ${i}`,
  }));
  const valid = (): string => {
    const y = 1990 + int(34);
    const m = pad(1 + int(12));
    switch (int(5)) {
      case 0:
        return `${y}/${y + 1 + int(6)}`;
      case 1:
        return `${y}-${m}/${y + int(8)}-12`;
      case 2:
        return `${y}-${m}/..`;
      case 3:
        return `${y}~/${y + 2 + int(5)}`;
      default:
        return `${y}-${m}-${pad(1 + int(28))}/${y + 1 + int(4)}`;
    }
  };
  function* relations(): Generator<Relation & { claims: Claim[] }> {
    for (let k = 0; k < tieCount; k++) {
      const from = int(actorCount);
      // Four ties in five stay inside the actor's cluster of fifty.
      let to = rnd() < 0.8 ? Math.min(actorCount - 1, Math.floor(from / 50) * 50 + int(50)) : int(actorCount);
      if (to === from) to = (from + 1) % actorCount;
      const id = `rel:t${k}`;
      const claim: Claim = {
        id: `${id}#1`,
        subject: id,
        stance: 'supports',
        evidence: [{ source: sources[int(sources.length)]?.id ?? '', start: 0, end: 10, sha256: '0'.repeat(64) }],
        credibility: 2,
        method: 'analyst',
        status: 'accepted',
        by: 'bench',
        at: '2026-01-01',
      };
      yield { id, type: TYPES[int(TYPES.length)] ?? 'allied_with', from: `actor:n${from}`, to: `actor:n${to}`, valid: valid(), claims: [claim] };
    }
  }
  return { sources, places: [], actors, relations: relations(), events: [], counts: { actors: actorCount, relations: tieCount, events: 0 } };
}

const TIMINGS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const gl = document.createElement('canvas').getContext('webgl');
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = gl ? gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) : undefined;
  const ties = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/ties'));
  return { firstRender: at('network:first-render'), layoutStart: at('network:layout-start'), layoutEnd: at('network:layout-end'), renderer, ties: ties ? ties.responseEnd - ties.startTime : NaN };
})()`;

// One slider move per animation frame, as a hand dragging it would; frames counts the moves, renders sigma's frames.
const SCRUB = `(async () => {
  const slider = document.querySelector('input[type="range"]');
  const handle = window.faultlineNetwork;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const max = Number(slider.max);
  let index = Math.floor(max / 3);
  const rendersBefore = handle.renders();
  let frames = 0;
  const start = performance.now();
  await new Promise((done) => {
    const step = () => {
      if (performance.now() - start >= SECONDS * 1000) return done();
      index = index >= max ? Math.floor(max / 3) : index + 1;
      setValue.call(slider, String(index));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      frames++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { frames, renders: handle.renders() - rendersBefore, elapsed: (performance.now() - start) / 1000 };
})()`;

async function main(): Promise<void> {
  ensureWebBuild();
  mkdirSync(DIR, { recursive: true });
  if (!KEEP || !existsSync(FILE)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(FILE + suffix, { force: true });
    await bulkLoad(FILE, syntheticWorld(ACTORS, TIES));
  }
  const store = new SqliteStore({ path: FILE });
  const server = await serveApp(store, { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', ...GL_FLAGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // Warm the API once so the first-render time measures the page, not SQLite's cold cache.
    await (await fetch(`http://127.0.0.1:${server.port}/api/ties`)).arrayBuffer();
    await page.goto(`http://127.0.0.1:${server.port}/#/network?date=2010-06`);
    await page.waitForFunction(() => performance.getEntriesByName('network:first-render').length > 0, undefined, { timeout: 60_000 });
    // The page-side code is passed as text: tsx would otherwise wrap its named functions in a helper the page lacks.
    const timings = (await page.evaluate(TIMINGS)) as { firstRender: number; layoutStart: number; layoutEnd: number; renderer?: string; ties: number };
    const counts = (await page.evaluate('({ nodes: window.faultlineNetwork.visibleNodes().length })')) as { nodes: number };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    const scrub = (await page.evaluate(SCRUB.replace('SECONDS', String(SECONDS)))) as { frames: number; renders: number; elapsed: number };
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id: number, i: number) => { const n: any = byId.get(id); const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms ${k}`).join('\n'));
    if (errors.length) throw new Error(`the page logged errors: ${errors.join('; ')}`);
    const fps = scrub.renders / scrub.elapsed;
    const first = timings.firstRender;
    const layout = timings.layoutEnd - timings.layoutStart;
    const line = (label: string, value: string, target: string, ok: boolean) =>
      console.log(`${label.padEnd(34)} ${value.padStart(10)}   target ${target.padEnd(8)} ${ok ? 'ok' : 'MISSED'}`);
    console.log(`network view, ${ACTORS.toLocaleString('en')} actors / ${TIES.toLocaleString('en')} ties, headless Chromium at 1280×800`);
    console.log(`WebGL: ${timings.renderer ?? 'unknown'} (${GL_FLAGS.join(' ')})`);
    console.log(`actors drawn at the start month: ${counts.nodes}`);
    line('time to first render', `${(first / 1000).toFixed(2)} s`, '< 2 s', first < 2000);
    console.log(`${'  of which GET /api/ties'.padEnd(34)} ${`${(timings.ties / 1000).toFixed(2)} s`.padStart(10)}`);
    console.log(`${'  of which ForceAtlas2 layout'.padEnd(34)} ${`${(layout / 1000).toFixed(2)} s`.padStart(10)}`);
    line('frames per second while scrubbing', fps.toFixed(1), '≥ 30', fps >= 30);
    console.log(`  ${scrub.renders} frames drawn for ${scrub.frames} slider moves in ${scrub.elapsed.toFixed(1)} s`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

await main();
