import { PageLayout, useT } from '@zi/ui';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { PublicNav } from './PublicNav';

export function PublicLayout() {
  const t = useT();
  return (
    <PageLayout
      brand={t('site.name')}
      tagline={t('site.tagline')}
      nav={<PublicNav />}
      footer={
        <>
          <p>{t('site.footer')}</p>
          <p>{t('site.license')}</p>
          <ul className="footer-links">
            <li>
              <Link to="/data">{t('nav.openData')}</Link>
            </li>
            <li>
              <a href="/open-data/feed.atom" type="application/atom+xml">
                {t('site.feed')}
              </a>
            </li>
            <li>
              <Link to="/api">{t('nav.api')}</Link>
            </li>
            <li>
              <a href="/admin/">{t('site.adminLink')}</a>
            </li>
          </ul>
        </>
      }
    >
      <Outlet />
      <ScrollRestoration />
    </PageLayout>
  );
}
