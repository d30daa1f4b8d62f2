/** Builds the dashboard (web/) into dist/web, served by `dyadic serve`. Run from the package root: `vite build --config web/vite.config.ts`. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // everything in files: the page's CSP allows no inline script or style
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
