export interface SearchEntry {
  kode: string;
  nama: string;
  nama_kec: string;
}

/** Lowercase letters and digits only: "Kampung Dalem" and "kampungdalem" match each other. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Kelurahan whose name (or code) matches `query`: names that start with it first, then names
 * that contain it, each group alphabetical. An empty query lists all.
 */
export function searchKelurahan(entries: SearchEntry[], query: string, limit = 46): SearchEntry[] {
  const q = foldName(query);
  const byName = (a: SearchEntry, b: SearchEntry) => a.nama.localeCompare(b.nama, 'id');
  if (!q) return [...entries].sort(byName).slice(0, limit);
  const starts: SearchEntry[] = [];
  const contains: SearchEntry[] = [];
  for (const entry of entries) {
    const name = foldName(entry.nama);
    if (name.startsWith(q) || entry.kode.startsWith(query.trim())) starts.push(entry);
    else if (name.includes(q)) contains.push(entry);
  }
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
