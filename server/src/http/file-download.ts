/**
 * How an uploaded file (milestone evidence, a lead's attachment) leaves the server. The media type
 * is whatever the uploader's browser declared, so it is served only if it is one a browser shows
 * inertly or hands to another program; anything else (text/html, image/svg+xml, XML, JavaScript…)
 * becomes application/octet-stream. Always as an attachment, and the security headers add nosniff,
 * so an uploaded page never runs in the reader's session.
 */
const SERVED_MEDIA_TYPES = new Set([
  'application/pdf',
  // OFD: the national standard for e-documents and e-invoices.
  'application/ofd',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/zip',
  'application/x-zip-compressed',
  'application/vnd.rar',
  'application/x-rar-compressed',
  'application/x-7z-compressed',
]);

export const FALLBACK_MEDIA_TYPE = 'application/octet-stream';

/** The declared type without parameters, lower case, if allowed; otherwise application/octet-stream. */
export function servedMediaType(declared: string): string {
  const essence = (declared.split(';')[0] ?? '').trim().toLowerCase();
  return SERVED_MEDIA_TYPES.has(essence) ? essence : FALLBACK_MEDIA_TYPE;
}

/** RFC 5987 value characters: encodeURIComponent leaves ' ( ) * as they are, which it does not allow. */
const rfc5987 = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with the exact UTF-8 name (filename*, RFC 5987/6266: Chinese names survive) and an
 * ASCII fallback for old clients in which anything else, quotes and backslashes included, is `_`.
 */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${rfc5987(name)}`;
}
