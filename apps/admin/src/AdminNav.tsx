import type { ViewerFragment } from '@zi/schema/admin';
import { type MessageKey, useT } from '@zi/ui';
import { NavLink } from 'react-router';

type Capabilities = ViewerFragment['may'];

/** The portal's sections; a section without a capability is for everyone signed in. */
const LINKS: readonly { to: string; label: MessageKey; end?: boolean; needs?: keyof Capabilities }[] = [
  { to: '/', label: 'adminNav.units', end: true },
  { to: '/antrian', label: 'adminNav.queue', needs: 'evaluate' },
  { to: '/dasbor', label: 'adminNav.dashboard', needs: 'seeDashboard' },
  { to: '/monev', label: 'adminNav.monitoring' },
  { to: '/tindak-lanjut', label: 'adminNav.followUps' },
  { to: '/rencana-aksi', label: 'adminNav.actionPlan' },
  { to: '/pendampingan', label: 'adminNav.coaching' },
  { to: '/kelola', label: 'adminNav.registry', needs: 'manageRegistry' },
  { to: '/notifikasi', label: 'adminNav.notifications' },
];

/** The sections the viewer works in, as the API's capabilities say. */
export function AdminNav({ may }: { may: Capabilities }) {
  const t = useT();
  const links = LINKS.filter((link) => !link.needs || may[link.needs]);
  if (links.length < 2) return null;
  return (
    <nav className="site-nav" aria-label={t('adminNav.label')}>
      <ul className="site-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="site-nav__link" to={link.to} end={link.end} data-testid={`nav-${link.to}`}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
