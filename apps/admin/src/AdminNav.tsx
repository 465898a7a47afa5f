import type { ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { NavLink } from 'react-router';
import type { SectionLink } from './section';

/** The sections the viewer works in, as the API's capabilities say. */
export function AdminNav({ may, links }: { may: ViewerFragment['may']; links: readonly SectionLink[] }) {
  const t = useT();
  const shown = links.filter((link) => !link.needs || may[link.needs]);
  if (shown.length < 2) return null;
  return (
    <nav className="site-nav" aria-label={t('adminNav.label')}>
      <ul className="site-nav__list">
        {shown.map((link) => (
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
