import type { ViewerFragment } from '@zi/schema/admin';
import { useOutletContext } from 'react-router';

/** Where a page is not a signed-in one: the zone of the capital, as the API's default. */
const WITHOUT_VIEWER = 'Asia/Jakarta';

/** The IANA zone the viewer's dates and times are shown in: their instansi's, as the API says (`User.timeZone`). */
export function useTimeZone(): string {
  return useOutletContext<ViewerFragment | undefined>()?.timeZone ?? WITHOUT_VIEWER;
}
