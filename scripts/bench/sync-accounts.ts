import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KelurahanCollection, KelurahanFeature } from '../../src/lib/model/kelurahan.ts';

/** A facilitator account the bench makes: a username, its kelurahan, a password never printed. */
export interface Facilitator {
  username: string;
  password: string;
  areas: KelurahanFeature[];
}

/** The city's 46 kelurahan, from the boundaries the server itself loads (server/start.ts). */
export function loadKelurahan(): KelurahanFeature[] {
  const path = new URL('../../geodata/kelurahan.geojson', import.meta.url).pathname;
  return (JSON.parse(readFileSync(path, 'utf8')) as KelurahanCollection).features;
}

export const secret = (): string => randomBytes(18).toString('base64url');

/**
 * `count` facilitators, the i-th assigned kelurahan i (mod 46) and every third one a second
 * kelurahan across the city too: each writes only where it is assigned, some kelurahan have two.
 */
export function planFacilitators(
  count: number,
  kelurahan: readonly KelurahanFeature[],
  prefix: string,
): Facilitator[] {
  return Array.from({ length: count }, (_, i) => {
    const areas = [kelurahan[i % kelurahan.length]];
    if (i % 3 === 2) areas.push(kelurahan[(i + 23) % kelurahan.length]);
    const username = `${prefix}_${String(i + 1).padStart(2, '0')}`;
    return { username, password: secret(), areas };
  });
}

/**
 * Signs in as `admin` and creates the accounts with `POST /api/users` (CSRF token from the
 * sign-in), as an admin's browser would.
 */
export async function createAccounts(
  baseUrl: string,
  adminPassword: string,
  accounts: readonly Facilitator[],
): Promise<void> {
  const signIn = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  if (!signIn.ok) throw new Error(`admin sign-in: HTTP ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .find((c) => c.startsWith('jangkau_session='))
    ?.split(';')[0];
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  if (cookie === undefined) throw new Error('admin sign-in set no session cookie');
  for (const a of accounts) {
    const res = await fetch(`${baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        username: a.username,
        password: a.password,
        role: 'facilitator',
        kelurahan: a.areas.map((f) => f.properties.kode),
      }),
    });
    if (res.status !== 201)
      throw new Error(`create ${a.username}: HTTP ${res.status} ${await res.text()}`);
  }
}
