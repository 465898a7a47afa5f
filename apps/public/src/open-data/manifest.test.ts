import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';

const MANIFEST = {
  title: { id: 'Registri Zona Integritas — data terbuka', en: 'Zona Integritas registry — open data' },
  description: { id: 'Unit kerja yang membangun Zona Integritas.', en: 'Units building integrity zones.' },
  license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  attribution: 'Zona Integritas open registry',
  version: '118',
  generatedAt: '2026-11-22T17:11:11.949Z',
  files: [
    {
      name: 'units.csv',
      path: '/open-data/units.csv',
      mediaType: 'text/csv; charset=utf-8',
      bytes: 72312,
      sha256: 'b24870e1b2257239053c63c72c7c9d990914e2edd61da1d261d94d69a3cd03bf',
      rows: 253,
    },
    {
      name: 'registry.json',
      path: '/open-data/registry.json',
      mediaType: 'application/json',
      bytes: 160631,
      sha256: '941bf2b952fd8dca0c9abb8b631e54effb099ebe0f8cd24339b0992c881794cc',
    },
  ],
  dictionary: {
    units: {
      title: { id: 'Unit kerja dan tahap yang dicapainya', en: 'Work units and where they stand' },
      columns: [
        {
          name: 'unit_id',
          type: 'string',
          description: { id: 'ID unit pada API publik.', en: 'The unit’s ID in the public API.' },
        },
      ],
    },
  },
};

describe('parseManifest', () => {
  it('reads the files, licence, version and dictionary', () => {
    const manifest = parseManifest(MANIFEST);
    expect(manifest.version).toBe('118');
    expect(manifest.license.id).toBe('CC-BY-4.0');
    expect(manifest.files.map((file) => [file.name, file.rows])).toEqual([
      ['units.csv', 253],
      ['registry.json', null],
    ]);
    expect(manifest.datasets).toEqual([
      {
        name: 'units',
        title: { id: 'Unit kerja dan tahap yang dicapainya', en: 'Work units and where they stand' },
        columns: [
          {
            name: 'unit_id',
            type: 'string',
            description: { id: 'ID unit pada API publik.', en: 'The unit’s ID in the public API.' },
          },
        ],
      },
    ]);
  });

  it('names the first field that is not as expected', () => {
    expect(() => parseManifest(null)).toThrow('the manifest is not an object');
    expect(() => parseManifest({ ...MANIFEST, license: 'CC-BY-4.0' })).toThrow('license is not an object');
    expect(() => parseManifest({ ...MANIFEST, title: 'Registri' })).toThrow(
      'manifest.title is not an object',
    );
    expect(() => parseManifest({ ...MANIFEST, files: [{ ...MANIFEST.files[0], bytes: -1 }] })).toThrow(
      'files[0].bytes is not a count',
    );
  });
});
