import type { ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { NavLink } from 'react-router';
import type { SectionLink } from './section';

/** How many things wait behind a link, when any do: the number, and in words for a screen reader. */
function LinkCount({ useCount }: { useCount: () => number }) {
  const t = useT();
  const count = useCount();
  if (count === 0) return null;
  return (
    <span className="site-nav__count" data-testid="nav-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('adminNav.waiting', { count })}</span>
    </span>
  );
}

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
              {link.useCount && <LinkCount useCount={link.useCount} />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
