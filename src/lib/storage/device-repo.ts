import type { JangkauDb } from './db';

/**
 * The device's own settings field entry needs: the name revisions are signed with (until
 * accounts exist) and the half-filled form that must survive the tab being closed. Both are
 * meta rows, so backups carry them like every other setting.
 */
const DEVICE_NAME_KEY = 'device-name';
const DRAFT_KEY = 'field-draft';
export const DEVICE_NAME_MAX = 60;

export type DeviceNameProblem = 'empty' | 'too-long' | 'control-characters';

export class DeviceNameError extends Error {
  override name = 'DeviceNameError';
  constructor(
    readonly problem: DeviceNameProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The device's name. A database that has none gets `Perangkat <4 hex>`, stored at once so that
 * every revision of this browser carries the same name until the user gives another.
 */
export async function getDeviceName(db: JangkauDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(DEVICE_NAME_KEY);
    if (typeof row?.value === 'string') return row.value;
    const bytes = crypto.getRandomValues(new Uint8Array(2));
    const name = `Perangkat ${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    await db.meta.put({ key: DEVICE_NAME_KEY, value: name });
    return name;
  });
}

/** Stores the device's name, trimmed; throws `DeviceNameError` unless it is 1–60 characters. */
export async function setDeviceName(db: JangkauDb, name: string): Promise<string> {
  const trimmed = checkDeviceName(name);
  await db.meta.put({ key: DEVICE_NAME_KEY, value: trimmed });
  return trimmed;
}

/** The name as stored (trimmed), or a `DeviceNameError`. Characters are code points. */
export function checkDeviceName(name: string): string {
  const trimmed = name.trim();
  const length = [...trimmed].length;
  if (length === 0) throw new DeviceNameError('empty', 'the device name is empty');
  if (length > DEVICE_NAME_MAX)
    throw new DeviceNameError(
      'too-long',
      `the device name has ${length} characters, at most ${DEVICE_NAME_MAX} are allowed`,
    );
  // A name is shown in every history line: a newline or a control code would break them.
  if (/\p{Cc}/u.test(trimmed))
    throw new DeviceNameError('control-characters', 'the device name holds control characters');
  return trimmed;
}

/**
 * Keeps the form being filled in. Stored as plain JSON (a round trip through JSON.stringify):
 * a Svelte state proxy cannot be structured-cloned into IndexedDB, and a draft needs no more.
 */
export async function saveFormDraft(db: JangkauDb, draft: unknown): Promise<void> {
  const json = JSON.stringify(draft);
  if (json === undefined) throw new TypeError('a form draft must be JSON');
  await db.meta.put({ key: DRAFT_KEY, value: JSON.parse(json) as unknown });
}

/** The draft last saved, or null. */
export async function loadFormDraft(db: JangkauDb): Promise<unknown> {
  return (await db.meta.get(DRAFT_KEY))?.value ?? null;
}

export async function clearFormDraft(db: JangkauDb): Promise<void> {
  await db.meta.delete(DRAFT_KEY);
}
