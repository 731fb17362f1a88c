/**
 * Sent as a header on every HTML document the app scheme serves. A header rather than
 * a <meta> tag, so the renderer cannot loosen it and it also covers frame-ancestors.
 * 'unsafe-inline' for styles only: Leaflet and Recharts position elements with inline
 * style attributes. Scripts come only from the app's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
