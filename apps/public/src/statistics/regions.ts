import type { InstansiOptionsQuery } from '@zi/schema/public';

type InstansiOption = InstansiOptionsQuery['instansiList'][number];

export interface Province {
  /** The Kemendagri code, e.g. "64". */
  code: string;
  /** The name of the province's own government, when the registry holds it. */
  name: string | null;
}

/** The province a region code lies in: "64.71" → "64"; null for a ministry. */
export function provinceCode(regionCode: string | null): string | null {
  return regionCode?.split('.')[0] ?? null;
}

/** The provinces the registry's instansi lie in, by code, each named after its provincial government. */
export function provincesOf(instansiList: readonly InstansiOption[]): Province[] {
  const names = new Map<string, string | null>();
  for (const instansi of instansiList) {
    const code = provinceCode(instansi.regionCode);
    if (code === null) continue;
    if (instansi.kind === 'PROVINCE' || !names.has(code)) {
      names.set(code, instansi.kind === 'PROVINCE' ? instansi.name : (names.get(code) ?? null));
    }
  }
  return [...names.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The instansi of a region: all of them when no region is chosen. */
export function instansiInRegion(instansiList: readonly InstansiOption[], region: string | null) {
  if (!region) return instansiList;
  return instansiList.filter(
    (instansi) => instansi.regionCode === region || instansi.regionCode?.startsWith(`${region}.`),
  );
}
