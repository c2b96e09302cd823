import type { FieldEntryKey } from './field-entry.id';

/** English words of field entry; every key of `field-entry.id.ts`. */
export const fieldEntryEn: Record<FieldEntryKey, string> = {
  'entry.place.kelurahan': 'Kelurahan',
  'entry.place.rw': 'RW',
  'entry.place.rt': 'RT',
  'entry.place.lng': 'Longitude (east, e.g. 112.0123)',
  'entry.place.lat': 'Latitude (south, negative, e.g. -7.8123)',
  'entry.place.accuracy': 'GPS accuracy: {metres} m',
  'entry.place.useLocated': 'Use {name}',
  'entry.place.keepChosen': 'Keep {name}',
  'entry.select.none': '— choose —',
  'entry.required': 'required',
  'entry.person.label': 'Pseudonymous id',
  'entry.hint.person':
    'The pseudonymous id (e.g. HC-0123) the team uses for this person. Never a name or NIK.',
  'entry.hint.rupiah': 'Rupiah: digits only (1250000) or "Rp 1.250.000".',
  'entry.hint.open':
    'Choose from the list, or type a new one: it is kept as written, as a new category.',
  'entry.progress.0': 'Not started (0 %)',
  'entry.progress.50': 'Under way (50 %)',
  'entry.progress.100': 'Finished (100 %)',
  'entry.note.personalPlace':
    'The exact place is kept and shown only in this browser; public views show counts per kelurahan at most.',
  'entry.note.noPersonalData': 'This form never asks for a name, NIK, address or phone number.',
  'entry.note.leftOut':
    'Fields that look like personal data are not in the form and stay empty: {fields}.',
  'entry.note.sitePoint':
    'The point sets the catchment circle; without one, the record counts only for its kelurahan.',
};
