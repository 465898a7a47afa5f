import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStoredLocale, storeLocale } from './locale';

function fakeStorage(): Storage {
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

describe('stored locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('defaults to Indonesian and remembers a choice', () => {
    vi.stubGlobal('window', { localStorage: fakeStorage() });
    expect(readStoredLocale()).toBe('id');
    storeLocale('en');
    expect(readStoredLocale()).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    const localStorage = fakeStorage();
    localStorage.setItem('zi.locale', 'fr');
    vi.stubGlobal('window', { localStorage });
    expect(readStoredLocale()).toBe('id');
  });

  it('falls back to Indonesian when storage is unavailable', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readStoredLocale()).toBe('id');
    expect(() => storeLocale('en')).not.toThrow();
  });
});
