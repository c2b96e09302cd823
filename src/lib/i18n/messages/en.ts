import type { MessageKey } from './id';

/** English: second language; every key of `id.ts` is required. */
export const en: Record<MessageKey, string> = {
  'app.title': 'Jangkau',
  'app.tagline': "Where Kota Kediri's public programmes reach",
  'app.loading': 'Loading map…',
  'app.loadError': 'The boundary data could not be loaded: {reason}',
  'lang.label': 'Language',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'map.label': 'Map of the kelurahan of Kota Kediri',
  'map.attribution':
    'Boundaries: Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah_boundaries (MIT)',
  'basemap.toggle': 'OpenStreetMap basemap (online)',
  'basemap.unavailable':
    'The online basemap could not be loaded; the map keeps working without it.',
  'picker.label': 'Find a kelurahan',
  'picker.placeholder': 'Type a kelurahan name…',
  'picker.noResults': 'No matching kelurahan',
  'picker.results': '{count, plural, =0 {No results} one {# result} other {# results}}',
  'kelurahan.panelTitle': 'Kelurahan profile',
  'kelurahan.name': 'Kelurahan',
  'kelurahan.kecamatan': 'Kecamatan',
  'kelurahan.code': 'Official code',
  'kelurahan.area': 'Area',
  'kelurahan.areaValue': '{area} km²',
  'kelurahan.close': 'Close panel',
  'kelurahan.hint': 'Hover a kelurahan to see its name; click it or search to open its profile.',
  'kecamatan.prefix': 'Kec. {name}',
};
