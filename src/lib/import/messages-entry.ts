/**
 * Texts of the codes field entry adds (issue 11, `src/lib/field/entry-check.ts`): a record typed
 * into a form, where the person stands, is held to stricter place rules than a file's row.
 * Indonesian first; `{name}` placeholders as in `messages.ts`.
 */
export const ENTRY_MESSAGES = {
  entry_point_other_kelurahan: {
    id: 'Titik berada di Kelurahan {located}, padahal kelurahan yang dipilih {chosen}.',
    en: 'The point lies in Kelurahan {located}, but the kelurahan chosen is {chosen}.',
  },
  entry_gps_inaccurate: {
    id: 'Akurasi GPS {accuracyM} m (lebih dari 50 m): titik bisa meleset. Periksa di peta atau geser titiknya.',
    en: 'GPS accuracy is {accuracyM} m (over 50 m): the point may be off. Check it on the map or move it.',
  },
  entry_site_no_point: {
    id: 'Tanpa titik lokasi: dihitung untuk kelurahannya, tetapi tanpa lingkaran jangkauan. Tambahkan titik agar jangkauannya terhitung.',
    en: 'No point: it counts for its kelurahan but has no catchment. Add a point so its reach counts.',
  },
} as const;
