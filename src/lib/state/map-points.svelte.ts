import { sharedCoverageClient } from '../worker/coverage-client';
import type { CoverageFilters } from '../coverage/options';
import type { DefinedFilters } from '../coverage/defined-filter';
import { EMPTY_MAP_RECORDS } from '../map/map-points';
import type { MapRecords, PointKind, RecordHit } from '../map/record-types';

/**
 * The points the map draws, as typed arrays built by the coverage worker from the stored,
 * filtered records: after a 100,000-row import the main thread gets a few transferred buffers,
 * not 100,000 objects to walk with deck.gl accessors. Tooltips ask the worker for one record.
 */
class MapPointsState {
  points = $state.raw<MapRecords>(EMPTY_MAP_RECORDS);
  private hoverSeq = 0;

  /** Fresh points for the stored records `version` under `filters`; the newest request wins. */
  async request(
    version: number,
    filters: CoverageFilters,
    personal: boolean,
    definedFilters: DefinedFilters = {},
  ): Promise<void> {
    const answer = await sharedCoverageClient().mapPoints(
      version,
      filters,
      personal,
      definedFilters,
    );
    if (answer.status === 'ok') this.points = answer.value;
  }

  /**
   * The record behind point `index` (-1: none) of a set now drawn, or null. An answer overtaken
   * by a later hover resolves to `undefined`, so the pointer's latest position always wins.
   */
  /** The record behind point `index` of a set now drawn (a click: no hover may overtake it). */
  async pointRecord(kind: PointKind, index: number): Promise<RecordHit | null> {
    if (index < 0) return null;
    return sharedCoverageClient().pointRecord(this.points.token, kind, index);
  }

  async recordAt(kind: PointKind, index: number): Promise<RecordHit | null | undefined> {
    const seq = ++this.hoverSeq;
    if (index < 0) return null;
    const hit = await sharedCoverageClient().pointRecord(this.points.token, kind, index);
    return seq === this.hoverSeq ? hit : undefined;
  }
}

export const mapPoints = new MapPointsState();
