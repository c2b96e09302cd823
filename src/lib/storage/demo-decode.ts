import type { DefinedValue } from '../model/defined-record';
import type { BatchTarget } from '../model/records';
import type { ProgramDefinition } from '../programs/definition';
import {
  BANK_SAMPAH_COLUMNS,
  DEFINED_PLACE_COLUMNS,
  PATIENT_COLUMNS,
  POPULATION_COLUMNS,
  PRODAMAS_COLUMNS,
  VISIT_COLUMNS,
  DemoFormatError,
  decodeTable,
  type Cell,
} from './demo-format';
import type { NewDefinedRecord, NewRecord } from './records-repo';

/** Demo rows per batch target, ready for `addBatch`. */
export type DemoData = { [T in BatchTarget]: NewRecord<T>[] };

/** Raw file contents (parsed JSON) keyed by target. */
export type DemoFiles = Record<BatchTarget, unknown>;

const str = (v: Cell): string => (v === null ? '' : String(v));
const num = (v: Cell): number | null => (typeof v === 'number' ? v : null);

/**
 * Turns the compact demo files into records. The files are our own but arrive over the network,
 * so the table shape is checked here (`DemoFormatError`); values are trusted after that.
 */
export function decodeDemoData(files: DemoFiles): DemoData {
  const bank = decodeTable(files.bank_sampah, BANK_SAMPAH_COLUMNS, 'bank-sampah');
  const prodamas = decodeTable(files.prodamas, PRODAMAS_COLUMNS, 'prodamas');
  const pop = decodeTable(files.population, POPULATION_COLUMNS, 'population');
  const hc = files.home_care as { patients?: unknown; visits?: unknown } | null;
  if (hc === null || typeof hc !== 'object') throw new DemoFormatError('home-care: no file');
  const patients = decodeTable(hc.patients, PATIENT_COLUMNS, 'home-care patients');
  const visits = decodeTable(hc.visits, VISIT_COLUMNS, 'home-care visits');

  return {
    bank_sampah: bank.map((o, i) => ({
      sourceRow: i + 1,
      name: str(o.name),
      kode: str(o.kode),
      rw: num(o.rw),
      rt: num(o.rt),
      address: str(o.address),
      lng: num(o.lng),
      lat: num(o.lat),
      type: o.type as NewRecord<'bank_sampah'>['type'],
      status: o.status as NewRecord<'bank_sampah'>['status'],
      established: o.established === null ? null : str(o.established),
      members: num(o.members),
      kgPerMonth: num(o.kgPerMonth),
    })),
    prodamas: prodamas.map((o, i) => ({
      sourceRow: i + 1,
      year: Number(o.year),
      kode: str(o.kode),
      rw: num(o.rw),
      rt: num(o.rt),
      category: o.category as NewRecord<'prodamas'>['category'],
      title: str(o.title),
      budgetRp: Number(o.budgetRp),
      progress: Number(o.progress) as NewRecord<'prodamas'>['progress'],
      lng: num(o.lng),
      lat: num(o.lat),
    })),
    home_care: visits.map((v, i) => {
      const p = patients[Number(v.patient)];
      if (p === undefined) throw new DemoFormatError(`home-care visits: row ${i} unknown patient`);
      return {
        sourceRow: i + 1,
        date: str(v.date),
        patientId: str(p.patientId),
        kode: str(p.kode),
        rw: num(p.rw),
        rt: num(p.rt),
        lng: num(p.lng),
        lat: num(p.lat),
        service: v.service as NewRecord<'home_care'>['service'],
        group: p.group as NewRecord<'home_care'>['group'],
      };
    }),
    population: pop.map((o, i) => ({
      sourceRow: i + 1,
      year: Number(o.year),
      kode: str(o.kode),
      total: Number(o.total),
      elderly: num(o.elderly),
      rtCount: num(o.rtCount),
      rwCount: num(o.rwCount),
      source: str(o.source),
      isEstimate: o.isEstimate === true,
    })),
  };
}

const value = (v: Cell): DefinedValue => (typeof v === 'boolean' ? String(v) : v);

/**
 * Turns a preset's demo table into defined records of that definition: the place columns, then
 * one column per field of the definition (every field must be there; `DemoFormatError` if not).
 */
export function decodeDefinedDemo(
  table: unknown,
  definition: ProgramDefinition,
): NewDefinedRecord[] {
  const keys = definition.fields.map((f) => f.key);
  const rows = decodeTable(table, [...DEFINED_PLACE_COLUMNS, ...keys], definition.id);
  return rows.map((o, i) => ({
    sourceRow: i + 1,
    program: definition.id,
    kode: str(o.kode),
    rw: num(o.rw),
    rt: num(o.rt),
    lng: num(o.lng),
    lat: num(o.lat),
    values: Object.fromEntries(keys.map((k) => [k, value(o[k])])),
  }));
}
