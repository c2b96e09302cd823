import { readFileSync } from 'node:fs';
import type { CityGeometry } from '../../src/lib/coverage/city';
import { computeAll } from '../../src/lib/coverage/compute-all';
import type { CoverageInput } from '../../src/lib/coverage/input';
import { decodeDemoData, type DemoFiles } from '../../src/lib/storage/demo-decode';
import { DEMO_FILES } from '../../src/lib/storage/demo-format';
import { timeMedian } from './sites';

/** The demo dataset in public/demo/ as engine input. */
export function loadDemoInput(dir = 'public/demo'): CoverageInput {
  const read = (f: string): unknown => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const files: DemoFiles = {
    bank_sampah: read(DEMO_FILES.bank_sampah),
    prodamas: read(DEMO_FILES.prodamas),
    home_care: read(DEMO_FILES.home_care),
    population: read(DEMO_FILES.population),
  };
  const demo = decodeDemoData(files);
  return {
    bankSampah: demo.bank_sampah,
    prodamas: demo.prodamas,
    homeCare: demo.home_care,
    population: demo.population,
  };
}

/** Median time of computeAll on the demo data with default options (Node, same code as the worker). */
export function benchComputeAll(city: CityGeometry) {
  const input = loadDemoInput();
  let last = computeAll(city, input, {}, () => performance.now());
  const ms = timeMedian(5, () => {
    last = computeAll(city, input, {}, () => performance.now());
  });
  return {
    ms,
    catchmentMs: last.timingsMs.catchments,
    overlapMs: last.timingsMs.overlap,
    records:
      `${input.bankSampah.length} bank sampah, ${input.prodamas.length} Prodamas projects, ` +
      `${input.homeCare.length} Home Care visits`,
  };
}
