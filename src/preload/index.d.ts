import type { Api } from '../shared/api-contract'

declare global {
  interface Window {
    /** Present in the desktop app (set by the preload); absent in browser mode. */
    verbatim?: Api
  }
}

export {}
