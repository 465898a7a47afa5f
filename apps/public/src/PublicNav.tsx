import { type MessageKey, useT } from '@zi/ui';
import { NavLink } from 'react-router';

const LINKS: readonly { to: string; label: MessageKey; end?: boolean }[] = [
  { to: '/', label: 'nav.directory', end: true },
  { to: '/statistik', label: 'nav.statistics' },
  { to: '/verifikasi', label: 'nav.verify' },
  { to: '/data', label: 'nav.openData' },
  { to: '/api', label: 'nav.api' },
];

/** The site's sections; the current one is marked for assistive technology by `aria-current`. */
export function PublicNav() {
  const t = useT();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__list">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink className="site-nav__link" to={link.to} end={link.end}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
