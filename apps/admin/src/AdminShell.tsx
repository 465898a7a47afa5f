import type { ViewerFragment } from '@zi/schema/admin';
import { PageLayout, useT } from '@zi/ui';
import type { ReactNode } from 'react';
import { UserMenu } from './auth/UserMenu';
import { NotificationBell } from './notifications/NotificationBell';

/** The portal's page frame; the header shows who is signed in, once known, and their unread notifications. */
export function AdminShell({
  user,
  nav,
  children,
}: {
  user?: ViewerFragment;
  nav?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <PageLayout
      brand={t('admin.name')}
      actions={
        user && (
          <>
            <NotificationBell />
            <UserMenu user={user} />
          </>
        )
      }
      nav={nav}
      footer={
        <p>
          <a href="/">{t('admin.publicSite')}</a>
        </p>
      }
    >
      {children}
    </PageLayout>
  );
}
