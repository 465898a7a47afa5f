const BASENAME = '/admin';

/**
 * Where a notification's link ("/admin/antrian") leads inside the portal, as the router names it
 * ("/antrian"); null for no link, or one outside the portal, which the portal does not follow.
 */
export function portalPath(link: string | null): string | null {
  if (link === BASENAME || link === `${BASENAME}/`) return '/';
  if (!link?.startsWith(`${BASENAME}/`)) return null;
  const path = link.slice(BASENAME.length);
  return path.startsWith('//') ? null : path;
}
