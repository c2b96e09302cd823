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
