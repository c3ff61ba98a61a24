import type { KnipConfig } from 'knip';

// The project's real entry points; whatever none of them reaches is dead. The plug-ins add the rest:
// package.json's bin (bin/faultline.mjs) and scripts, vitest.config.ts with the tests it includes,
// web/vite.config.ts with web/index.html's web/src/main.tsx, eslint.config.js.
const config: KnipConfig = {
  entry: [
    // bin/faultline.mjs runs the compiled CLI; `faultline serve` starts src/server.
    'src/cli/main.ts',
    // Started by path, in a worker thread, from row-reader.ts.
    'src/services/interop/row-worker.ts',
    // Started by path, in a worker thread, from betweenness-thread.ts.
    'src/services/queries/betweenness-worker.ts',
    'scripts/*.{ts,mjs}',
    'bench/*.ts',
    'eval/*.ts',
    'data/geo/build-geo.mjs',
  ],
  vite: { config: ['web/vite.config.ts'] },
  // An export that its own module uses is live code, only published more widely than it need be.
  ignoreExportsUsedInFile: true,
  // System programs tests run by name, which .ci/run installs. The others the tests use (chromium,
  // initdb, pg_ctl, python3, nginx) they start through a path or a variable, which knip does not read.
  ignoreBinaries: ['xmllint', 'openssl'],
};

export default config;
