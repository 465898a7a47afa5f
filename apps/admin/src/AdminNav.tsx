import type { Role } from '@zi/schema/admin';
import { type MessageKey, useT } from '@zi/ui';
import { NavLink } from 'react-router';

const LINKS: readonly { to: string; label: MessageKey; end?: boolean; roles: readonly Role[] }[] = [
  { to: '/', label: 'adminNav.units', end: true, roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
  { to: '/antrian', label: 'adminNav.queue', roles: ['ADMIN', 'EVALUATOR'] },
  { to: '/dasbor', label: 'adminNav.dashboard', roles: ['ADMIN', 'EVALUATOR'] },
  { to: '/monev', label: 'adminNav.monitoring', roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
  { to: '/tindak-lanjut', label: 'adminNav.followUps', roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
  { to: '/rencana-aksi', label: 'adminNav.actionPlan', roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
  { to: '/pendampingan', label: 'adminNav.coaching', roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
  { to: '/kelola', label: 'adminNav.registry', roles: ['ADMIN'] },
  { to: '/notifikasi', label: 'adminNav.notifications', roles: ['ADMIN', 'EVALUATOR', 'UNIT_OPERATOR'] },
];

/** The portal's sections a role works in; a unit operator has only their unit, and no menu. */
export function AdminNav({ role }: { role: Role }) {
  const t = useT();
  const links = LINKS.filter((link) => link.roles.includes(role));
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
