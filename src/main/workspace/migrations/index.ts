import { initialSchema } from './0001-initial-schema'
import type { Migration } from './migration'

/** Every schema step in order; the workspace's PRAGMA user_version is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [initialSchema]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version
