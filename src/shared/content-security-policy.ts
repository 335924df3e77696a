// The renderer's one Content-Security-Policy, sent by the desktop shell (app://) and browser mode
// alike: code only from the app itself, no inline script or style (Svelte writes its styles to a
// CSS file and sets dynamic ones through the CSSOM), nothing framed, no plugins, no base tricks.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
