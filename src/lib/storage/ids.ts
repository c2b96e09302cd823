/**
 * A random id. `crypto.getRandomValues` rather than `randomUUID`: the latter exists only in
 * secure contexts, and the app may be served over plain http from a sub-path.
 */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${Date.now().toString(36)}-${hex}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * A version-4 uuid (the sync contract's change and client ids), made from `getRandomValues`
 * for the same reason as `randomId`: `crypto.randomUUID` needs a secure context.
 */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
