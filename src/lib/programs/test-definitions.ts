import type { ProgramDefinition } from './definition';

/** Definitions for the tests (a user's own programme, valid as it stands). */

/** A small valid site programme, as a user might define "Puskesmas" from a facility list. */
export const puskesmas = (): ProgramDefinition => ({
  format: 'jangkau-program',
  version: 1,
  id: 'puskesmas',
  origin: 'custom',
  names: { id: 'Puskesmas', en: 'Community health centres' },
  archetype: 'site',
  privacy: 'public_points',
  fields: [
    { key: 'name', names: { id: 'Nama', en: 'Name' }, kind: 'text', required: true },
    {
      key: 'status',
      names: { id: 'Status', en: 'Status' },
      kind: 'status',
      required: false,
      values: [
        { key: 'buka', names: { id: 'Buka', en: 'Open' } },
        { key: 'tutup', names: { id: 'Tutup', en: 'Closed' } },
      ],
    },
  ],
  active: { field: 'status', values: ['buka'] },
  radius: { defaultM: 1000, source: { id: 'Perkiraan', en: 'Estimate' } },
  index: [
    {
      id: 'puskesmas_catchment',
      names: { id: 'Jangkauan puskesmas', en: 'Health centre catchment' },
      metric: 'covered_pct',
      weight: 1,
    },
  ],
  color: [0, 0, 0],
});
