import { useDocumentTitle, useT } from '@zi/ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('admin.name'), t('notFound.title'));
  return (
    <section data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('units.title')}</Link>
      </p>
    </section>
  );
}
