import { homedir } from 'node:os'
import { join } from 'node:path'

/** Where the command line and browser mode keep the user's settings ($VERBATIM_SETTINGS overrides). */
export function defaultSettingsPath(): string {
  if (process.env.VERBATIM_SETTINGS) return process.env.VERBATIM_SETTINGS
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Verbatim', 'settings.json')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Verbatim', 'settings.json')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'verbatim', 'settings.json')
}
