import { useT } from '@zi/ui';
import { Link } from 'react-router';
import { usePageMeta } from '../usePageMeta';

/** An unknown address, or a unit id that names no unit. */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'unit' }) {
  const t = useT();
  const title = what === 'unit' ? t('notFound.unitTitle') : t('notFound.title');
  const body = what === 'unit' ? t('notFound.unitBody') : t('notFound.body');
  usePageMeta(title, body);
  return (
    <section data-testid="not-found">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">{t('notFound.toDirectory')}</Link>
      </p>
    </section>
  );
}
