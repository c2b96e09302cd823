import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens and CSRF tokens. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The shape `newToken` draws; anything else in a cookie is not looked up at all. */
export const isTokenShaped = (text: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(text);

/** What the sessions table keeps of a token: its SHA-256 (the token itself is only in the cookie). */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Compares two tokens in constant time (a plain `===` leaks how long the common prefix is). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
