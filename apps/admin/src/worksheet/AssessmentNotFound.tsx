import { useT } from '@zi/ui';
import { Link } from 'react-router';

/** An unknown worksheet, or one outside the viewer's scope: the two look the same on purpose. */
export function AssessmentNotFound() {
  const t = useT();
  return (
    <section data-testid="not-found">
      <h1>{t('worksheet.notFoundTitle')}</h1>
      <p>{t('worksheet.notFoundBody')}</p>
      <p>
        <Link to="/">{t('worksheet.back')}</Link>
      </p>
    </section>
  );
}
