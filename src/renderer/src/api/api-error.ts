// Errors from any transport, turned into words the editor can read where the failure happened.

export class ApiCallError extends Error {
  override readonly name = 'ApiCallError'
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Electron wraps handler errors as "Error invoking remote method 'x': Error: …"; keep only the words. */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.'
  const unwrapped = raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '')
  return unwrapped.trim() === '' ? 'Something went wrong.' : unwrapped
}
