/**
 * Who may read and write which record: the server's one statement of the role rules (contract
 * v1). Pure: the caller looks the record's old kelurahan up in the database and passes it in.
 *
 * - admin: users and programme definitions; reads and writes non-personal records.
 * - planner: reads every non-personal record; writes none.
 * - facilitator: reads non-personal records; writes them only where both the old and the new
 *   kelurahan are assigned to them (so they can neither add nor move a record out of their area).
 * - health: reads and writes personal programmes' records in their kelurahan (same old/new rule);
 *   reads non-personal records too.
 * Population rows feed every figure, so only an admin changes them.
 */
import type { Actor } from '../auth/roles.ts';

/** A target's class: a programme's privacy, `population`, or `unknown` (no such programme). */
export type TargetClass =
  'public_points' | 'public_aggregates' | 'personal' | 'population' | 'unknown';

const inArea = (actor: Actor, kode: string | null): boolean =>
  kode !== null && actor.kelurahan.includes(kode);

/** Why `actor` may not make this write, or null when they may. */
export function writeRefusal(
  actor: Actor,
  cls: TargetClass,
  oldKode: string | null,
  newKode: string | null,
): string | null {
  if (cls === 'unknown') return 'no such programme';
  if (actor.role === 'planner') return 'planners do not write records';
  if (cls === 'population')
    return actor.role === 'admin' ? null : 'only an admin changes population';
  const personal = cls === 'personal';
  if (actor.role === 'admin') return personal ? 'personal records are for health officers' : null;
  if (actor.role === 'facilitator' && personal) return 'personal records are for health officers';
  if (actor.role === 'health' && !personal) return 'health officers write personal programmes only';
  // A create has no old kelurahan, a delete no new one: only the ones that exist are checked.
  for (const kode of [oldKode, newKode]) {
    if (kode !== null && !inArea(actor, kode)) return `kelurahan ${kode} is not assigned to you`;
  }
  if (oldKode === null && newKode === null) return 'the record has no kelurahan';
  return null;
}

/** Whether `actor` may read a record of this class placed in `kode`. */
export function mayRead(actor: Actor, cls: TargetClass, kode: string | null): boolean {
  if (cls === 'personal' || cls === 'unknown')
    return actor.role === 'health' && inArea(actor, kode);
  return true;
}
