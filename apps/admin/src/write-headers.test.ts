import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadEvidence } from './evidence/upload';
import { sendUnitFile } from './registry/unit-import';
import { importWorksheet } from './workflow/worksheet-import';

/** The headers of the one request a function sent with fetch. */
function fetchHeaders(): Record<string, string> {
  const init = vi.mocked(fetch).mock.calls[0]?.[1];
  return Object.fromEntries(
    Object.entries(init?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('every write to a plain HTTP route', () => {
  const file = new File(['kode,nama\n'], 'unit.csv', { type: 'text/csv' });

  it('sends the header a cross-site form cannot send, on the unit import', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 400 })),
    );
    await sendUnitFile(file, true);
    expect(fetchHeaders()['apollo-require-preflight']).toBe('true');
  });

  it('on the worksheet import', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"imported":true}')),
    );
    await importWorksheet('QXNz', 'TPI', file);
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('/admin/assessments/QXNz/lke.xlsx?layer=tpi');
    expect(fetchHeaders()['apollo-require-preflight']).toBe('true');
  });

  it('on an upload, sent with XMLHttpRequest for its progress', () => {
    const headers: Record<string, string> = {};
    class FakeRequest extends EventTarget {
      upload = new EventTarget();
      open = vi.fn();
      send = vi.fn();
      abort = vi.fn();
      setRequestHeader(name: string, value: string) {
        headers[name.toLowerCase()] = value;
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    uploadEvidence({ assessmentId: 'QXNz', layer: 'UNIT', code: 'A.I.1.i.a' }, file, () => undefined);
    expect(headers['apollo-require-preflight']).toBe('true');
  });
});
