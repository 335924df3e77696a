// Component tests for the Svelte renderer: the browser build of Svelte in happy-dom.
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['tests/renderer/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 30_000,
  },
})
