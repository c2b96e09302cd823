/**
 * One database view per shipped programme that is not personal (`v_bank_sampah`, `v_prodamas`,
 * `v_emas`, `v_e_sptpd`): typed columns from the programme's own definition plus the point
 * geometry, so QGIS opens each as a layer. Personal programmes (Home Care, Kurnia) get none: a
 * view is read by whoever holds database credentials, outside the server's role checks.
 */
import type { ProgramDefinition } from '../../src/lib/programs/definition.ts';
import { SHIPPED_PROGRAMS } from '../../src/lib/programs/registry.ts';

type Field = ProgramDefinition['fields'][number];

/** `kgPerMonth` → `kg_per_month`: lower case needs no quoting in QGIS or psql. */
const columnName = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function fieldColumn(d: ProgramDefinition, f: Field, taken: Set<string>): string {
  // Built-in programmes keep their fields at the top of the record, defined ones in `values`.
  const text = d.origin === 'builtin' ? `data->>'${f.key}'` : `data->'values'->>'${f.key}'`;
  const typed =
    f.kind === 'number' || f.kind === 'rupiah'
      ? `jangkau_num(${text})`
      : f.kind === 'date'
        ? `jangkau_date(${text})`
        : text;
  let name = columnName(f.key);
  if (taken.has(name)) name = `${name}_value`;
  taken.add(name);
  return `${typed} AS ${name}`;
}

/** The `CREATE OR REPLACE VIEW` statement of one programme. */
function programViewSql(d: ProgramDefinition): string {
  // Keys are checked by the definition schema (letters, digits, _), so they are safe in SQL text.
  if (!/^[a-z][a-z0-9_]*$/.test(d.id)) throw new Error(`not a programme id: ${d.id}`);
  const taken = new Set(['id', 'kode', 'rw', 'rt', 'batch_id', 'rev', 'updated_at', 'geom']);
  const columns = [
    'record_id AS id',
    'kode',
    `jangkau_num(data->>'rw')::integer AS rw`,
    `jangkau_num(data->>'rt')::integer AS rt`,
    ...d.fields.map((f) => fieldColumn(d, f, taken)),
    'batch_id',
    'rev',
    'updated_at',
    'geom',
  ];
  return `CREATE OR REPLACE VIEW v_${d.id} AS SELECT ${columns.join(', ')} FROM records WHERE target = '${d.id}' AND NOT deleted;`;
}

/** The shipped programmes that get a view. */
const VIEW_PROGRAMS: readonly ProgramDefinition[] = SHIPPED_PROGRAMS.filter(
  (p) => p.privacy !== 'personal',
);

export const viewsSql = (): string => VIEW_PROGRAMS.map(programViewSql).join('\n');
