import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base: the server mounts the built app at /, and the files also open from any prefix.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // maplibre-gl alone is a megabyte of code, in a chunk only the map view loads.
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
