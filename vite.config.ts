import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer builds to static files that Electron (app://) and the web transport both serve.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0, // fonts stay files: the CSP allows no data: fonts
  },
});
