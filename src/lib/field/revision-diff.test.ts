import { describe, expect, it } from 'vitest';
import { revisionChanges } from './revision-diff';

describe('revisionChanges', () => {
  it('names only the fields the user changed, not the bookkeeping', () => {
    const before = { id: 'a', name: 'BS Mawar', status: 'aktif', rev: 1, updatedAt: 't1' };
    const after = { id: 'a', name: 'BS Mawar', status: 'tidak_aktif', rev: 2, updatedAt: 't2' };
    expect(revisionChanges(before, after)).toEqual([
      { key: 'status', before: 'aktif', after: 'tidak_aktif' },
    ]);
  });

  it('looks inside a defined record’s values and sees a field added or cleared', () => {
    const before = { id: 'x', values: { kelas: 2, tempat: 'tpq' } };
    const after = { id: 'x', values: { kelas: 3, tempat: null }, retiredOn: '2026-11-30' };
    expect(revisionChanges(before, after)).toEqual([
      { key: 'kelas', before: 2, after: 3 },
      { key: 'tempat', before: 'tpq', after: null },
      { key: 'retiredOn', before: null, after: '2026-11-30' },
    ]);
  });

  it('a create lists every field as new; a delete every field as gone', () => {
    expect(revisionChanges(null, { id: 'n', lng: 112 })).toEqual([
      { key: 'id', before: null, after: 'n' },
      { key: 'lng', before: null, after: 112 },
    ]);
    expect(revisionChanges({ name: 'A' }, null)).toEqual([
      { key: 'name', before: 'A', after: null },
    ]);
  });
});
