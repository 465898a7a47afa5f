/** The parts of the registry page, each its own view; the URL keeps which one is open. */
export const REGISTRY_SECTIONS = ['units', 'archive', 'import', 'people', 'assign'] as const;
export type RegistrySection = (typeof REGISTRY_SECTIONS)[number];

/** How each section is named in the URL (`/admin/kelola?bagian=impor`), in the portal's language. */
const SLUGS: Record<RegistrySection, string> = {
  units: 'unit',
  archive: 'arsip',
  import: 'impor',
  people: 'pengguna',
  assign: 'penugasan',
};

const PARAM = 'bagian';

/** The section a URL opens; the units list when it names none, or one this build does not know. */
export function sectionOf(search: URLSearchParams): RegistrySection {
  const slug = search.get(PARAM);
  return REGISTRY_SECTIONS.find((section) => SLUGS[section] === slug) ?? 'units';
}

/** The query string that opens a section from its start: its own filters and page are left behind. */
export function sectionSearch(section: RegistrySection): string {
  return section === 'units' ? '' : `?${PARAM}=${SLUGS[section]}`;
}
