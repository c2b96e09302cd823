import type { Db } from './db/database.ts';
import type { LockoutPolicy } from './auth/lockout.ts';
import type { KelurahanCollection } from '../src/lib/model/kelurahan.ts';

/** What every route module gets: the database and the settings of this server. */
export interface ServerContext {
  db: Db;
  lockout: LockoutPolicy;
  /** The city's kelurahan (geodata/kelurahan.geojson): valid codes and the publish geometry. */
  kelurahan: KelurahanCollection;
  kelurahanCodes: ReadonlySet<string>;
  /** Home Care counts below this are suppressed in published figures. */
  homeCareMinCount: number;
}
