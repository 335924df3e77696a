import { mkdirSync } from 'node:fs'
import { buildRendererIfStale } from './build-renderer'

export default async function globalSetup(): Promise<void> {
  await buildRendererIfStale()
  mkdirSync('test-results/screens', { recursive: true })
}
