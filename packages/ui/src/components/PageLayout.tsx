import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';

interface PageLayoutProps {
  /** The site name, linking to the home page. */
  brand: string;
  tagline?: string;
  /** Shown in the header before the language switch, e.g. the signed-in user. */
  actions?: ReactNode;
  /** The site's main navigation, under the brand. */
  nav?: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

export function PageLayout({ brand, tagline, actions, nav, footer, children }: PageLayoutProps) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <div className="site-header__brand">
            <Link to="/" className="brand">
              {brand}
            </Link>
            {tagline && <p className="site-header__tagline">{tagline}</p>}
          </div>
          <div className="site-header__actions">
            {actions}
            <LanguageSwitch />
          </div>
        </div>
        {nav && <div className="container">{nav}</div>}
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">{footer}</div>
      </footer>
    </>
  );
}
