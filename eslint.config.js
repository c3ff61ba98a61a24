import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layer rule (docs/architecture.md): core imports nothing outside core; nothing imports server, cli or web.
const layer = (from, banned, message) => ({
  files: [`${from}/**/*.ts`, `${from}/**/*.tsx`],
  ignores: ['**/*.test.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: banned.map((group) => ({ group: [group], message })) }] },
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
  layer('src/store', ['**/services/**', '**/server/**', '**/cli/**', '**/analysis/**', '**/ingest/**'], 'store depends on core only'),
  layer('src/analysis', ['**/store/**', '**/services/**', '**/server/**', '**/cli/**'], 'analysis depends on core only'),
  layer(
    'src/interop',
    ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', 'node:fs', 'node:fs/*', 'better-sqlite3', 'pg'],
    'interop holds pure format code',
  ),
  layer('src/ingest', ['**/store/**', '**/services/**', '**/server/**', '**/cli/**', 'better-sqlite3', 'pg'], 'ingest depends on core only'),
  layer('src/services', ['**/server/**', '**/cli/**', '**/store/sqlite/**', '**/store/postgres/**'], 'services see the store port, not adapters'),
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  { files: ['scripts/**', 'bench/**', 'src/cli/output/**', 'bin/**'], rules: { 'no-console': 'off' } },
);
