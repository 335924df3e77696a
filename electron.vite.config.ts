import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

// Three bundles: the Electron main process (src/main/electron is its entry), the sandboxed
// preload, and the Svelte renderer, which browser mode serves too (out/renderer).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/main/electron/main.ts') },
        // Native and heavy Node modules stay outside the bundle and load from node_modules.
        external: ['better-sqlite3', 'jsdom', 'mammoth', '@mozilla/readability'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [svelte()],
  },
})
