import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layer rule (docs/architecture.md): core ← analysis, ingest, store ← interop ← services ← server, cli;
// web → analysis, core and the server's route types. Dynamic import() is held to it by test/layers.test.ts.
const layer = (from, banned, message) => ({
  files: [`${from}/**/*.ts`, `${from}/**/*.tsx`],
  ignores: ['**/*.test.ts'],
  // An entry starting with ^ is a regular expression over the import path (so that `../../interop/x` is
  // refused while `../../services/interop/x` is not); any other entry is a gitignore-style pattern.
  rules: {
    'no-restricted-imports': ['error', { patterns: banned.map((entry) => (entry.startsWith('^') ? { regex: entry, message } : { group: [entry], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    'src/core',
    [
      '**/store/**',
      '**/ingest/**',
      '**/analysis/**',
      '**/services/**',
      '**/server/**',
      '**/cli/**',
      'better-sqlite3',
      'node:fs',
      'node:fs/*',
      'node:http',
      'hono',
      'react',
    ],
    'core is plain domain code with no I/O',
  ),
  layer('src/store', ['**/services/**', '**/server/**', '**/cli/**', '**/analysis/**', '**/ingest/**', '**/interop/**'], 'store depends on core only'),
  layer('src/analysis', ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', '**/ingest/**', '**/interop/**'], 'analysis depends on core only'),
  layer(
    'src/interop',
    ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', 'node:fs', 'node:fs/*', 'better-sqlite3', 'pg'],
    'interop holds pure format code over core and analysis',
  ),
  layer(
    'src/ingest',
    ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', '**/analysis/**', '**/interop/**', 'better-sqlite3', 'pg'],
    'ingest depends on core only',
  ),
  layer('src/services', ['**/server/**', '**/cli/**', '**/store/**'], 'services see the store port in core, never an adapter or its internals'),
  layer(
    'src/server',
    ['^(\\.\\./)+(cli|store|analysis|ingest|interop)/', 'better-sqlite3', 'pg'],
    'the server calls services (and core); it never reaches below them',
  ),
  // The CLI may start the server (faultline serve) and open a store through the composition root.
  layer('src/cli', ['^(\\.\\./)+(store|analysis|ingest|interop)/', 'better-sqlite3', 'pg'], 'the CLI calls services (and core); it never reaches below them'),
  // The web app: pure analysis and core code, and the server's route types for the typed client.
  layer(
    'web/src',
    [
      '**/src/services/**',
      '**/src/store/**',
      '**/src/ingest/**',
      '**/src/interop/**',
      '**/src/cli/**',
      '**/src/server/routes/**',
      '**/src/server/security/**',
      'better-sqlite3',
      'pg',
      'node:*',
    ],
    'the web imports pure analysis and core code and the typed client (src/server/api.ts types) only',
  ),
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['scripts/**', 'bench/**', 'src/cli/output/**', 'bin/**'], rules: { 'no-console': 'off' } },
);
