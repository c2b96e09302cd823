import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './persist';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistentStorage', () => {
  it('reports unsupported without a StorageManager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('asks once and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist: async () => false },
    });
    expect(await requestPersistentStorage()).toBe('denied');
  });

  it('does not ask again when already persisted, and never throws', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', {
      storage: {
        persist: async () => {
          throw new Error('blocked');
        },
      },
    });
    expect(await requestPersistentStorage()).toBe('denied');
  });
});
