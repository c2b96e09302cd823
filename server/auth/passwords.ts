/**
 * Password hashing with scrypt (memory-hard, in node:crypto: no native add-on to build). The stored
 * text names its parameters, so they can be raised later and old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8: 32 MiB and roughly 0.1 s per hash on one core (OWASP's scrypt floor is 2^17 / 8 / 1 at 128 MiB; 2^15 keeps sign-in bursts affordable on a small city server). */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, o: ScryptOptions, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      bytes,
      { ...o, maxmem: 256 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** `scrypt$N$r$p$salt$key` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_BYTES);
  const { N, r, p } = PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, verified against when the username does not exist, so that a
 * wrong username takes as long as a wrong password and does not reveal which accounts exist.
 */
export const DUMMY_HASH = hashPassword(randomBytes(16).toString('hex'));

/** A password for the first admin when none was given: 24 characters, ~144 bits. */
export const randomPassword = (): string => randomBytes(18).toString('base64url');
