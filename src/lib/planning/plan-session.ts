/**
 * The planning tab's computations on one set of stored records: the residents demand surface,
 * a what-if engine per programme and radius (edits applied incrementally: the tab sends the whole
 * scenario each time and the session applies only what changed), the scenario's index and ranks
 * through the full engine, and suggested sites. Pure: the coverage worker holds one session per
 * version of the stored records.
 */
import type { CityGeometry } from '../coverage/city';
import { computeAll } from '../coverage/compute-all';
import { resolvePopulation, residentsSourceOf } from '../coverage/population';
import { demandFor } from '../coverage/residents';
import { resolveOptions } from '../coverage/options';
import { toX, toY } from '../geo/local-frame';
import { applyScenario, programSites, type IdentifiedInput } from './apply-scenario';
import { solveMclp } from './mclp';
import { createWhatIf, type WhatIf } from './what-if';
import { candidatePoints } from './candidates';
import type { PlanFigures, PlanRanks, PlanRequest, SuggestRequest, Suggestion } from './plan-types';

/** One what-if engine: a programme's real sites at one radius, under one set of filters. */
interface Engine {
  key: string;
  whatIf: WhatIf;
  realIds: string[];
  /** `[lng, lat, …]` of the real sites, in `realIds` order. */
  realLngLat: Float64Array;
  /** Engine id of each real site still open (closed ones are removed from the engine). */
  realOpen: Map<string, number>;
  /** Engine id and place of each hypothetical site, by its scenario id. */
  added: Map<string, { id: number; lng: number; lat: number }>;
}

export interface PlanSession {
  figures(request: PlanRequest, now?: () => number): PlanFigures | null;
  ranks(request: PlanRequest): PlanRanks;
  suggest(request: SuggestRequest, now?: () => number): Suggestion | null;
}

export function createPlanSession(city: CityGeometry, input: IdentifiedInput): PlanSession {
  const population = resolvePopulation(city, input.population);
  const residentsSource = residentsSourceOf(population);
  /**
   * The explorer's demand surface for the request's options (memoised in residents.ts): both
   * tabs count the same residents, from the population or from an imported point layer.
   */
  const demandOf = (r: PlanRequest) =>
    demandFor(city, population, input.defined, r.options.demandPoints ?? null);
  let engine: Engine | null = null;
  let baseline: { key: string; score: Float64Array; rank: Int32Array } | null = null;

  const keyOf = (r: PlanRequest) =>
    JSON.stringify([
      r.target,
      r.radiusM,
      r.options.filters ?? null,
      r.options.definedFilters ?? null,
      r.options.demandPoints ?? null,
    ]);

  function engineFor(request: PlanRequest): Engine | null {
    const key = keyOf(request);
    if (engine?.key === key) return engine;
    const sites = programSites(input, request.target, resolveOptions(request.options));
    if (sites === null) return null;
    const { grid } = demandOf(request);
    const whatIf = createWhatIf(city.catchment, sites.lngLat, request.radiusM, {
      x: grid.x,
      y: grid.y,
      weight: grid.weight,
      owner: Int32Array.from(grid.owner),
    });
    engine = {
      key,
      whatIf,
      realIds: sites.ids,
      realLngLat: sites.lngLat,
      realOpen: new Map(sites.ids.map((id, i) => [id, i])),
      added: new Map(),
    };
    return engine;
  }

  /** Brings the engine to the request's sites, touching only what differs. */
  function sync(e: Engine, request: PlanRequest): void {
    const closed = new Set(request.removed);
    e.realIds.forEach((id, i) => {
      const open = e.realOpen.get(id);
      if (closed.has(id) && open !== undefined) {
        e.whatIf.remove(open);
        e.realOpen.delete(id);
      } else if (!closed.has(id) && open === undefined) {
        e.realOpen.set(id, e.whatIf.add(e.realLngLat[2 * i], e.realLngLat[2 * i + 1]));
      }
    });
    const wanted = new Map(request.added.map((s) => [s.id, s]));
    for (const [sid, site] of e.added)
      if (!wanted.has(sid)) {
        e.whatIf.remove(site.id);
        e.added.delete(sid);
      }
    for (const s of request.added) {
      const had = e.added.get(s.id);
      if (!had) e.added.set(s.id, { id: e.whatIf.add(s.lng, s.lat), lng: s.lng, lat: s.lat });
      else if (had.lng !== s.lng || had.lat !== s.lat) {
        e.whatIf.move(had.id, s.lng, s.lat);
        e.added.set(s.id, { id: had.id, lng: s.lng, lat: s.lat });
      }
    }
    // Rounding drift stays far below what is shown, but a long session starts clean again.
    if (e.whatIf.editsSinceResync > 1000) e.whatIf.resync();
  }

  return {
    figures(request, now = Date.now) {
      const t0 = now();
      const e = engineFor(request);
      if (!e) return null;
      sync(e, request);
      const f = e.whatIf.figures();
      const d = e.whatIf.deltas();
      const siteGain = Float64Array.from(request.added, (s) =>
        e.whatIf.soleResidents(e.added.get(s.id)!.id),
      );
      return {
        realSites: e.realIds.length,
        residentsSource,
        demandPoints: demandOf(request).points,
        city: {
          coveredPct: f.city.coveredPct,
          coveredPp: d.city.coveredPp,
          residents: f.city.residents,
          residentsCovered: f.city.residentsCovered,
          residentsDelta: d.city.residentsCovered,
          residentsPct: f.city.residentsPct,
          residentsPp: d.city.residentsPp,
        },
        coveredPct: f.coveredPct,
        coveredPp: d.coveredPp,
        residentsPct: f.residentsPct,
        residentsPp: d.residentsPp,
        siteGain,
        ms: now() - t0,
      };
    },

    ranks(request) {
      const options = {
        ...request.options,
        ...radiusOption(request),
      };
      const key = JSON.stringify(options);
      if (baseline?.key !== key) {
        const real = computeAll(city, input, options);
        baseline = {
          key,
          score: Float64Array.from(real.kelurahan, (k) => k.underserved.score),
          rank: Int32Array.from(real.kelurahan, (k) => k.underserved.rank),
        };
      }
      const planned = computeAll(city, applyScenario(input, request), options);
      const score = Float64Array.from(planned.kelurahan, (k) => k.underserved.score);
      const rank = Int32Array.from(planned.kelurahan, (k) => k.underserved.rank);
      const b = baseline;
      return {
        score,
        scoreDelta: score.map((v, i) => v - b.score[i]),
        rank,
        rankDelta: rank.map((v, i) => v - b.rank[i]),
      };
    },

    suggest(request, now = Date.now) {
      const t0 = now();
      const e = engineFor(request);
      if (!e) return null;
      sync(e, request);
      const cand = candidatePoints(city, input, request.candidates);
      // Existing sites: the real ones still open and the scenario's own.
      const existing: [number, number][] = [];
      e.realIds.forEach((id, i) => {
        if (e.realOpen.has(id)) existing.push([e.realLngLat[2 * i], e.realLngLat[2 * i + 1]]);
      });
      for (const s of request.added) existing.push([s.lng, s.lat]);
      const f = city.frame;
      const result = solveMclp({
        demand: demandOf(request).grid,
        candidateX: Float64Array.from(cand.lng, (lng) => toX(f, lng)),
        candidateY: Float64Array.from(cand.lat, (lat) => toY(f, lat)),
        existingX: Float64Array.from(existing, (p) => toX(f, p[0])),
        existingY: Float64Array.from(existing, (p) => toY(f, p[1])),
        radiusM: request.radiusM,
        k: request.k,
      });
      return {
        sites: result.chosen.map((c, i) => ({
          lng: cand.lng[c],
          lat: cand.lat[c],
          gain: result.gains[i],
        })),
        curve: [result.coveredByExisting, ...result.curve],
        residents: result.total,
        candidates: cand.lng.length,
        swapped: result.swapped,
        ms: now() - t0,
      };
    },
  };
}

/** The request's radius as the engine's option for its programme. */
function radiusOption(request: PlanRequest) {
  if (request.target === 'bank_sampah')
    return {
      radiusM: { ...request.options.radiusM, bank_sampah: request.radiusM },
    };
  return {
    definedRadiusM: { ...request.options.definedRadiusM, [request.target]: request.radiusM },
  };
}
