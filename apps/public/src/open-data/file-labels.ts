import type { Locale, MessageKey, Translate } from '@zi/ui';
import type { OpenDataManifest } from './manifest';

const DESCRIPTIONS: Record<string, MessageKey> = {
  'units.csv': 'openData.file.units',
  'instansi.csv': 'openData.file.instansi',
  'stage_events.csv': 'openData.file.stageEvents',
  'predicates.csv': 'openData.file.predicates',
  'pacts.csv': 'openData.file.pacts',
  'registry.json': 'openData.file.registry',
};

/** What a file holds, in the reader's language; a file the site does not know yet keeps the manifest's title. */
export function fileDescription(
  name: string,
  manifest: OpenDataManifest,
  t: Translate,
  locale: Locale,
): string {
  const key = DESCRIPTIONS[name];
  if (key) return t(key);
  return manifest.datasets.find((dataset) => `${dataset.name}.csv` === name)?.title[locale] ?? '';
}

/** "CSV" for `text/csv; charset=utf-8`, "JSON" for `application/json`; other types as they are. */
export function formatOf(mediaType: string): string {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv') return 'CSV';
  if (type === 'application/json') return 'JSON';
  return type;
}
