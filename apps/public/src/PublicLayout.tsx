import { PageLayout, useT } from '@zi/ui';
import { Outlet, ScrollRestoration } from 'react-router';

export function PublicLayout() {
  const t = useT();
  return (
    <PageLayout
      brand={t('site.name')}
      tagline={t('site.tagline')}
      footer={
        <>
          <p>{t('site.footer')}</p>
          <p>
            <a href="/admin/">{t('site.adminLink')}</a>
          </p>
        </>
      }
    >
      <Outlet />
      <ScrollRestoration />
    </PageLayout>
  );
}
