import { normaliseWords } from './values';

/** The part of Web Crypto the pseudonyms need (the core is typed without the DOM library). */
interface HmacSubtle {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

/** Shortest key accepted: 128 bits, as NIST SP 800-107 asks of an HMAC key. */
const MIN_PSEUDONYM_KEY_BYTES = 16;

/** Hex characters kept of the HMAC: 64 bits, collision-free for any city's patient list. */
const ID_HEX = 16;

/**
 * What a person's pseudonym is derived from: the name normalised (case, accents, punctuation and
 * spacing ignored), the kelurahan code and the birth date where known, joined with a separator
 * that cannot occur in any of them.
 */
export function pseudonymInput(name: string, kode: string | null, birthIso: string | null): string {
  return [normaliseWords(name), kode ?? '', birthIso ?? ''].join('\u001f');
}

/**
 * A function from `pseudonymInput` text to a stable pseudonymous id `ps-<16 hex>`: the
 * HMAC-SHA-256 of the text under `key`. Without the key the id cannot be recomputed from a name,
 * so it is safe to store and show; the same person in a later file (same key) gets the same id.
 * The key belongs to the local database and is never exported.
 */
export async function createPseudonymizer(
  key: Uint8Array,
): Promise<(input: string) => Promise<string>> {
  if (key.length < MIN_PSEUDONYM_KEY_BYTES)
    throw new RangeError(`pseudonym key must be at least ${MIN_PSEUDONYM_KEY_BYTES} bytes`);
  const subtle = (globalThis as unknown as { crypto?: { subtle?: HmacSubtle } }).crypto?.subtle;
  if (subtle === undefined) throw new Error('Web Crypto (crypto.subtle) is not available');
  const hmacKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const encoder = new TextEncoder();
  const cache = new Map<string, Promise<string>>();
  return (input) => {
    let id = cache.get(input);
    if (id === undefined) {
      id = subtle.sign('HMAC', hmacKey, encoder.encode(input)).then((mac) => {
        const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
        return `ps-${hex.slice(0, ID_HEX)}`;
      });
      cache.set(input, id);
    }
    return id;
  };
}
