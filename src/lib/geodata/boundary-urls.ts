// The processed boundaries ship as separate files (cacheable, kept out of the JS bundle).
import kelurahanUrl from '../../../geodata/kelurahan.geojson?url';
import kecamatanUrl from '../../../geodata/kecamatan.geojson?url';
import kotaUrl from '../../../geodata/kota.geojson?url';

export const BOUNDARY_URLS = { kelurahan: kelurahanUrl, kecamatan: kecamatanUrl, kota: kotaUrl };
