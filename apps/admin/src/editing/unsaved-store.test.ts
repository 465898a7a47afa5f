import { describe, expect, it } from 'vitest';
import { readUnsaved, unsavedKey, writeUnsaved } from './unsaved-store';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}

describe('unsaved edits kept in the browser', () => {
  const key = unsavedKey('operator@demo.zi.id', 'QXNz', 'UNIT');
  const edit = { code: 'A.I.1.i.a', value: { option: 'ya', number: null, note: 'SK 12' }, base: 2 };

  it('are kept per user, worksheet and layer, and forgotten once saved', () => {
    const storage = memoryStorage();
    expect(key).toBe('zi.unsaved.v1.operator@demo.zi.id.QXNz.UNIT');
    writeUnsaved(storage, key, [edit]);
    expect(readUnsaved(storage, key)).toEqual([edit]);
    writeUnsaved(storage, key, []);
    expect(storage.length).toBe(0);
  });

  it('skip anything that is not an edit, and survive broken or missing storage', () => {
    const storage = memoryStorage();
    storage.setItem(key, JSON.stringify([edit, { code: 1 }, { ...edit, base: 'x' }, null]));
    expect(readUnsaved(storage, key)).toEqual([edit]);
    storage.setItem(key, '{not json');
    expect(readUnsaved(storage, key)).toEqual([]);
    expect(readUnsaved(null, key)).toEqual([]);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => writeUnsaved(full, key, [edit])).not.toThrow();
  });
});
