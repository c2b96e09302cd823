import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, PASSWORD, addUser, testServer } from '../test/harness.ts';
import { DEFAULT_LOCKOUT } from './lockout.ts';
import { DEFAULT_LOGIN_RATE_LIMIT } from '../routes/session.ts';

// The production settings, not the harness's generous rate limit: the lockout must show through
// the per-address limit as deployed.
describe.each(DATABASES)('sign-in lockout and rate limit on %s', (kind) => {
  let s: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    s = await testServer(kind, { logger: false });
    for (const u of ['mistyper', 'victim', 'colleague', 'sprayed'])
      await addUser(s.db, u, 'facilitator');
  });
  afterAll(() => s?.close());

  const attempt = (username: string, password: string, ip: string) =>
    s.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: ip,
      payload: { username, password },
    });

  it('is set to the issue’s twenty wrong passwords per 15 minutes, under the address limit', () => {
    expect(DEFAULT_LOCKOUT).toEqual({ max: 20, windowMs: 15 * 60_000 });
    // One office behind one NAT: one user's whole lockout run plus the right password, and more.
    expect(DEFAULT_LOGIN_RATE_LIMIT.max).toBeGreaterThan(DEFAULT_LOCKOUT.max + 1);
  });

  it('lets a field worker in after 19 wrong passwords from one address', async () => {
    for (let i = 0; i < 19; i++)
      expect((await attempt('mistyper', `wrong-${i}`, '10.1.0.1')).statusCode).toBe(401);
    expect((await attempt('mistyper', PASSWORD, '10.1.0.1')).statusCode).toBe(200);
    // The success starts the count again: 19 more wrong ones still do not lock.
    for (let i = 0; i < 19; i++)
      expect((await attempt('mistyper', `again-${i}`, '10.1.0.2')).statusCode).toBe(401);
    expect((await attempt('mistyper', PASSWORD, '10.1.0.2')).statusCode).toBe(200);
  });

  it('locks the username after 20 wrong passwords, from any addresses, even for the right one', async () => {
    // A guesser rotating addresses: the lock is on the username, so it holds anyway.
    for (let i = 0; i < 20; i++)
      expect((await attempt('victim', `guess-${i}`, `10.2.0.${i + 1}`)).statusCode).toBe(401);
    const locked = await attempt('victim', PASSWORD, '10.2.1.1');
    expect([locked.statusCode, locked.json().error]).toEqual([429, 'locked']);
    const retryS = Number(locked.headers['retry-after']);
    // The oldest of the 20 failures leaves the 15-minute window within seconds of 15 min from now.
    expect(retryS).toBeGreaterThan(14 * 60);
    expect(retryS).toBeLessThanOrEqual(15 * 60);
    // Still locked on the next try; the locked tries themselves do not extend the lock.
    const again = await attempt('victim', PASSWORD, '10.2.1.2');
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeLessThanOrEqual(retryS);
    const [row] = await s.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE username = 'victim' AND action = 'session.locked'",
    );
    expect(row.n).toBe(2);
  });

  it('locks one username only: a colleague behind the same address signs in', async () => {
    expect((await attempt('victim', PASSWORD, '10.3.0.1')).statusCode).toBe(429);
    expect((await attempt('colleague', PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  });

  it(`limits one address to ${DEFAULT_LOGIN_RATE_LIMIT.max} sign-ins a minute; other addresses go on`, async () => {
    const { max } = DEFAULT_LOGIN_RATE_LIMIT;
    // Spraying: one wrong password each over many names, none reaching its own lockout.
    for (let i = 0; i < max; i++)
      expect((await attempt(`nobody${i % 10}`, 'spray-pass', '10.4.0.1')).statusCode).toBe(401);
    const limited = await attempt('sprayed', PASSWORD, '10.4.0.1');
    expect([limited.statusCode, limited.json().error]).toEqual([429, 'rate_limit']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt('sprayed', PASSWORD, '10.4.0.2')).statusCode).toBe(200);
  });
});
