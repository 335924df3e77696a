// The desktop app's preload puts the Api on window.verbatim; anywhere else we are in browser mode.
import type { Api } from '../../../shared/api-contract'
import { createHttpApi } from './http-api'

export function chooseApi(host: { verbatim?: Api } = window): Api {
  return host.verbatim ?? createHttpApi()
}
