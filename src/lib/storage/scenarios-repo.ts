import { readScenario, type Scenario } from '../planning/scenario';
import type { JangkauDb } from './db';

/**
 * Saved what-if scenarios (planning tab). Rows are checked on the way out (readScenario): a row a
 * newer version wrote, or one damaged by hand, is left out rather than breaking the list.
 */
export async function listScenarios(db: JangkauDb): Promise<Scenario[]> {
  const rows = await db.scenarios.orderBy('updatedAt').reverse().toArray();
  return rows.map(readScenario).filter((s): s is Scenario => s !== null);
}

/** Saves (creates or replaces) a scenario; refuses one that would not read back. */
export async function saveScenario(db: JangkauDb, scenario: Scenario): Promise<void> {
  const checked = readScenario(scenario);
  if (checked === null) throw new Error(`scenario ${scenario.id}: not a valid scenario`);
  await db.scenarios.put(checked);
}

export async function deleteScenario(db: JangkauDb, id: string): Promise<void> {
  await db.scenarios.delete(id);
}
