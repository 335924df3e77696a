import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** What belongs to the person, not the workspace: their reviewer name and recent files. */
export interface UserSettings {
  reviewer: string | null
  recentWorkspaces: string[]
}

const MAX_RECENT = 10

export function readUserSettings(path: string): UserSettings {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<UserSettings>
    return {
      reviewer: typeof parsed.reviewer === 'string' && parsed.reviewer.trim() ? parsed.reviewer.trim() : null,
      recentWorkspaces: Array.isArray(parsed.recentWorkspaces) ? parsed.recentWorkspaces.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [],
    }
  } catch {
    // No settings yet, or a damaged file: start fresh rather than refuse to start.
    return { reviewer: null, recentWorkspaces: [] }
  }
}

export function writeUserSettings(path: string, settings: UserSettings): void {
  mkdirSync(dirname(path), { recursive: true })
  // Write then rename, so a crash never leaves half a settings file.
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`)
  renameSync(temporary, path)
}

export function withRecentWorkspace(settings: UserSettings, workspacePath: string): UserSettings {
  return { ...settings, recentWorkspaces: [workspacePath, ...settings.recentWorkspaces.filter((p) => p !== workspacePath)].slice(0, MAX_RECENT) }
}
