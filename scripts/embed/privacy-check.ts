/**
 * Finds Home Care personal data in a text (a data file, a response body, a page): a home location
 * as the demo file stores it (`lng,lat`, or the two numbers close together, e.g. as `"lng":…,"lat":…`)
 * or a patient id. Used by the embed data build (it refuses to write a leaking file) and the tests.
 */
export interface HomeLocation {
  patientId: string;
  lng: number;
  lat: number;
}

/** Reads patient ids and home locations from the raw `public/demo/home-care.json`. */
export function homeLocationsOf(homeCareFile: unknown): HomeLocation[] {
  const patients = (homeCareFile as { patients: { columns: string[]; rows: unknown[][] } })
    .patients;
  const col = (name: string) => patients.columns.indexOf(name);
  return patients.rows.map((row) => ({
    patientId: String(row[col('patientId')]),
    lng: Number(row[col('lng')]),
    lat: Number(row[col('lat')]),
  }));
}

/** The first leak found in `text`, as a short description; null when there is none. */
export function findHomeCareLeak(text: string, homes: readonly HomeLocation[]): string | null {
  for (const home of homes) {
    if (text.includes(home.patientId)) return `patient id ${home.patientId}`;
    if (hasLocation(text, home)) return `home location ${home.lng},${home.lat}`;
  }
  return null;
}

/** The first of `places` whose location is in `text` (the two numbers close together). */
export function findLocationLeak(
  text: string,
  places: readonly { lng: number; lat: number }[],
): string | null {
  const found = places.find((p) => hasLocation(text, p));
  return found ? `location ${found.lng},${found.lat}` : null;
}

function hasLocation(text: string, place: { lng: number; lat: number }): boolean {
  const lng = numberPattern(place.lng);
  const lat = numberPattern(place.lat, '');
  for (const match of text.matchAll(lng)) {
    const near = text.slice(Math.max(0, match.index - 48), match.index + match[0].length + 48);
    if (lat.test(near)) return true;
  }
  return false;
}

/** A number as JSON writes it, not as the start or end of a longer number. */
function numberPattern(value: number, flags = 'g'): RegExp {
  const escaped = String(value).replace(/[.+-]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d])`, flags);
}
