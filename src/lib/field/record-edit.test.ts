import { describe, expect, it } from 'vitest';
import { SHIPPED_PROGRAMS } from '../programs/registry';
import {
  fieldValue,
  isActive,
  recordTitle,
  retiredRecord,
  retiredValue,
  withFieldValue,
} from './record-edit';

const def = (id: string) => {
  const found = SHIPPED_PROGRAMS.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('record edits without the form', () => {
  const bank = { id: 'b1', name: 'BS Melati', status: 'aktif', type: 'lainnya', newType: 'RS' };
  const spot = {
    id: 'e1',
    program: 'emas',
    values: { name: 'Spot Mawar', status: 'aktif', venue: 'lainnya' },
    newValues: { venue: 'Gereja' },
  };

  it('retires a bank sampah: inactive, with the date, and no longer counted', () => {
    const retired = retiredRecord(def('bank_sampah'), bank, '2026-11-30');
    expect(retired).toMatchObject({ status: 'tidak_aktif', retiredOn: '2026-11-30' });
    expect(isActive(def('bank_sampah'), bank)).toBe(true);
    expect(isActive(def('bank_sampah'), retired!)).toBe(false);
    expect(bank.status).toBe('aktif');
  });

  it('retires a defined site inside its values', () => {
    const retired = retiredRecord(def('emas'), spot, '2026-01-02');
    expect(fieldValue(retired!, 'status')).toBe(retiredValue(def('emas')));
    expect(retired!.retiredOn).toBe('2026-01-02');
  });

  it('has nothing to retire in a programme without an active rule (Prodamas)', () => {
    expect(retiredValue(def('prodamas'))).toBeNull();
    expect(retiredRecord(def('prodamas'), { id: 'p' }, '2026-01-01')).toBeNull();
  });

  it('setting a listed category drops the kept word of the old one', () => {
    expect(withFieldValue(bank, 'type', 'unit')).not.toHaveProperty('newType');
    const moved = withFieldValue(spot, 'venue', 'tpq');
    expect(moved.values).toMatchObject({ venue: 'tpq' });
    expect(moved).not.toHaveProperty('newValues');
  });

  it('names a record by its first filled text field', () => {
    expect(recordTitle(def('bank_sampah'), bank)).toBe('BS Melati');
    expect(recordTitle(def('emas'), spot)).toBe('Spot Mawar');
    expect(recordTitle(def('home_care'), { id: 'v9', patientId: 'P-1' })).toBe('P-1');
  });
});
