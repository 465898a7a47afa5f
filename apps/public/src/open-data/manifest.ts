import type { Locale } from '@zi/ui';
/** The URL of the open data manifest, served by the API beside the site. */
export const MANIFEST_URL = '/open-data/index.json';
export const CHECKSUMS_URL = '/open-data/SHA256SUMS';
export const FEED_URL = '/open-data/feed.atom';

export interface OpenDataFile {
  name: string;
  path: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  /** Data rows (CSV without its header); null for files that are not tables. */
  rows: number | null;
}

/** A text the manifest gives in Bahasa Indonesia and English. */
export type Wording = Readonly<Record<Locale, string>>;

export interface DatasetColumn {
  name: string;
  type: string;
  description: Wording;
}

export interface Dataset {
  /** The dataset's name, also its CSV's name without `.csv`. */
  name: string;
  title: Wording;
  columns: DatasetColumn[];
}

/** `/open-data/index.json`: what the site shows of it, checked as it is read. */
export interface OpenDataManifest {
  title: Wording;
  license: { id: string; url: string };
  version: string;
  generatedAt: string;
  files: OpenDataFile[];
  datasets: Dataset[];
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`open data manifest: ${what} is not an object`);
  }
  return value as Json;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`open data manifest: ${what} is not a list`);
  return value;
}

function text(json: Json, key: string, what: string): string {
  const value = json[key];
  if (typeof value !== 'string') throw new Error(`open data manifest: ${what}.${key} is not text`);
  return value;
}

function wording(json: Json, key: string, what: string): Wording {
  const value = object(json[key], `${what}.${key}`);
  return { id: text(value, 'id', `${what}.${key}`), en: text(value, 'en', `${what}.${key}`) };
}

function count(json: Json, key: string, what: string): number {
  const value = json[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Error(`open data manifest: ${what}.${key} is not a count`);
  }
  return value;
}

function file(value: unknown, index: number): OpenDataFile {
  const what = `files[${index}]`;
  const json = object(value, what);
  return {
    name: text(json, 'name', what),
    path: text(json, 'path', what),
    mediaType: text(json, 'mediaType', what),
    bytes: count(json, 'bytes', what),
    sha256: text(json, 'sha256', what),
    rows: json.rows === undefined || json.rows === null ? null : count(json, 'rows', what),
  };
}

function dataset([name, value]: [string, unknown]): Dataset {
  const what = `dictionary.${name}`;
  const json = object(value, what);
  return {
    name,
    title: wording(json, 'title', what),
    columns: list(json.columns, `${what}.columns`).map((column, index) => {
      const columnJson = object(column, `${what}.columns[${index}]`);
      return {
        name: text(columnJson, 'name', what),
        type: text(columnJson, 'type', what),
        description: wording(columnJson, 'description', what),
      };
    }),
  };
}

/** Reads the manifest, failing with a message that names the first field that is not as expected. */
export function parseManifest(value: unknown): OpenDataManifest {
  const json = object(value, 'the manifest');
  const license = object(json.license, 'license');
  return {
    title: wording(json, 'title', 'manifest'),
    license: { id: text(license, 'id', 'license'), url: text(license, 'url', 'license') },
    version: text(json, 'version', 'manifest'),
    generatedAt: text(json, 'generatedAt', 'manifest'),
    files: list(json.files, 'files').map(file),
    datasets: Object.entries(object(json.dictionary, 'dictionary')).map(dataset),
  };
}
