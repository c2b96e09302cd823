import type { BankSampahRow } from './bank-sampah.ts';
import type { ESptpdRow } from './e-sptpd.ts';
import type { EmasRow } from './emas.ts';
import type { KurniaRow } from './kurnia.ts';
import type { DemoPatient, DemoVisit } from './home-care.ts';
import type { PopulationRow } from './population.ts';
import type { ProdamasRow } from './prodamas.ts';
import type { KelurahanPlan } from './rt-plan.ts';

/** Where a preset's demo record is: its kelurahan, RW, RT (null: none) and point. */
export interface DemoPlace {
  kode: string;
  rw: number;
  rt: number | null;
  lng: number;
  lat: number;
}

/** Everything the generator produced, before encoding. */
export interface DemoRows {
  plans: KelurahanPlan[];
  bankSampah: BankSampahRow[];
  prodamas: ProdamasRow[];
  patients: DemoPatient[];
  visits: DemoVisit[];
  population: PopulationRow[];
  underserved: string[];
  /** Presets (defined records): Emas spots, Kurnia loans, E-SPTPD tax objects. */
  emas: EmasRow[];
  kurnia: KurniaRow[];
  eSptpd: ESptpdRow[];
}
