// `vite build viewer` → viewer/dist: index.html + hashed assets, relative URLs so that
// `kg serve` (or any static server) can host it under any path.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
});
