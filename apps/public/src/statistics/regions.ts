import type { InstansiInRegionQuery, RegionOptionsQuery } from '@zi/schema/public';
import type { Translate } from '@zi/ui';

type RegionRow = RegionOptionsQuery['statistics']['byRegion'][number];

/** A province the pickers offer: one the API counts units in (decision 0035). */
export interface Province {
  /** The Kemendagri code, e.g. "64". */
  code: string;
  /** The name of the province's own government, when the registry holds it. */
  name: string | null;
}

/**
 * The provinces that hold units, by code, as the API's `byRegion` counts them: a unit's own region,
 * or else its instansi's. Units in no region (of ministries) are not a province to pick.
 */
export function provincesOf(byRegion: readonly RegionRow[]): Province[] {
  return byRegion
    .flatMap(({ regionCode, name }) => (regionCode === null ? [] : [{ code: regionCode, name }]))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** How a province reads in a picker: its government's name, or its code. */
export const provinceLabel = (province: Province, t: Translate): string =>
  province.name ?? t('stats.regionCode', { code: province.code });

/** The instansi with units in the region asked, by name: the API's `byInstansi` of that scope. */
export function instansiWithUnits(byInstansi: InstansiInRegionQuery['statistics']['byInstansi']) {
  return byInstansi.map((row) => row.instansi).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
