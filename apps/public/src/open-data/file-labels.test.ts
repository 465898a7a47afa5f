import { translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { formatBytes } from './bytes';
import { fileDescription, formatOf } from './file-labels';
import type { OpenDataManifest } from './manifest';

const manifest: OpenDataManifest = {
  title: { id: 'Registri', en: 'Registry' },
  license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  version: '1',
  generatedAt: '2026-01-01T00:00:00Z',
  files: [],
  datasets: [{ name: 'audits', title: { id: 'Hasil audit', en: 'Audit results' }, columns: [] }],
};

describe('open data file labels', () => {
  it('describe known files in the reader’s language, new ones by the manifest', () => {
    expect(fileDescription('units.csv', manifest, translator('id', messages), 'id')).toBe(
      'Unit kerja dan tahap terakhirnya',
    );
    expect(fileDescription('units.csv', manifest, translator('en', messages), 'en')).toBe(
      'Work units and their latest stage',
    );
    expect(fileDescription('audits.csv', manifest, translator('id', messages), 'id')).toBe('Hasil audit');
    expect(fileDescription('audits.csv', manifest, translator('en', messages), 'en')).toBe('Audit results');
    expect(fileDescription('other.bin', manifest, translator('id', messages), 'id')).toBe('');
  });

  it('name the format from the media type', () => {
    expect(formatOf('text/csv; charset=utf-8')).toBe('CSV');
    expect(formatOf('application/json')).toBe('JSON');
    expect(formatOf('application/atom+xml')).toBe('application/atom+xml');
  });

  it('write sizes in decimal units for each language', () => {
    expect(formatBytes(154, 'id')).toBe('154 byte');
    expect(formatBytes(72312, 'id')).toBe('72,3 kB');
    expect(formatBytes(72312, 'en')).toBe('72.3 kB');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
  });
});
