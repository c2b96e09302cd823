import { readFileSync } from 'node:fs';
import type { CityGeometry } from '../../src/lib/coverage/city';
import { computeAll } from '../../src/lib/coverage/compute-all';
import type { CoverageInput } from '../../src/lib/coverage/input';
import { decodeDemoData, type DemoFiles } from '../../src/lib/storage/demo-decode';
import { DEMO_FILES } from '../../src/lib/storage/demo-format';
import { eightProgramInput } from './eight-programs';
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
    residentsMs: last.timingsMs.residents,
    overlapMs: last.timingsMs.overlap,
    records:
      `${input.bankSampah.length} bank sampah, ${input.prodamas.length} Prodamas projects, ` +
      `${input.homeCare.length} Home Care visits`,
  };
}

/**
 * computeAll with 8 programmes (issue 10 §8) against the same call with the 3 built-ins only,
 * interleaved in one process so that both see the same machine.
 */
export function benchEightPrograms(city: CityGeometry) {
  const three = loadDemoInput();
  const eight = eightProgramInput(three);
  const run = (input: CoverageInput) => computeAll(city, input, {}, () => performance.now());
  run(three);
  let last = run(eight);
  const threeMs: number[] = [];
  const eightMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    threeMs.push(run(three).timingsMs.total);
    last = run(eight);
    eightMs.push(last.timingsMs.total);
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  return {
    threeMs: med(threeMs),
    eightMs: med(eightMs),
    definedMs: last.timingsMs.defined,
    components: last.indexComponents.filter((c) => c.hasData && c.weight > 0).length,
    records: (eight.defined ?? []).map((d) => `${d.definition.id} ${d.records.length}`).join(', '),
  };
}
