import { readUserSettings } from '../main/settings/user-settings'
import { defaultSettingsPath } from '../main/settings/settings-path'

/** Who is acting: --reviewer, else $VERBATIM_REVIEWER, else the name saved in the user's settings. */
export function reviewerFor(given: string | undefined): string | null {
  const name = given?.trim() || process.env.VERBATIM_REVIEWER?.trim() || readUserSettings(defaultSettingsPath()).reviewer
  return name || null
}
