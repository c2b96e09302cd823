import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer, pseudonymInput } from './pseudonym';

describe('pseudonymous patient ids', () => {
  const key = new TextEncoder().encode('kunci-uji-16-byte-atau-lebih');

  it('is the first 64 bits of HMAC-SHA-256 over the normalised input', async () => {
    const input = pseudonymInput('  Siti  AMINAH ', '35.71.01.1004', '1950-04-12');
    expect(input).toBe('siti aminah\u001f35.71.01.1004\u001f1950-04-12');
    // Independent implementation: Node's own HMAC, not Web Crypto.
    const mac = createHmac('sha256', key).update(input).digest('hex');
    const pseudonym = await createPseudonymizer(key);
    expect(await pseudonym(input)).toBe(`ps-${mac.slice(0, 16)}`);
  });

  it('differs by key, by kelurahan and by birth date', async () => {
    const a = await createPseudonymizer(key);
    const b = await createPseudonymizer(new TextEncoder().encode('kunci-lain-16-byte-atau-lebih'));
    const input = pseudonymInput('Siti Aminah', '35.71.01.1004', null);
    const ids = new Set([
      await a(input),
      await b(input),
      await a(pseudonymInput('Siti Aminah', '35.71.01.1005', null)),
      await a(pseudonymInput('Siti Aminah', '35.71.01.1004', '1950-04-12')),
    ]);
    expect(ids.size).toBe(4);
  });

  it('refuses a key shorter than 16 bytes', async () => {
    await expect(createPseudonymizer(new Uint8Array(15))).rejects.toThrow(RangeError);
  });
});
