import { formatDate, useLocale, useT } from '@zi/ui';
import { CodeBlock } from '../CodeBlock';
import type { OpenDataManifest } from './manifest';

/** The licence in plain words and a credit line to copy, naming the version used. */
export function LicenseNote({ manifest, origin }: { manifest: OpenDataManifest; origin: string }) {
  const t = useT();
  const [locale] = useLocale();
  const attribution = t('openData.attributionText', {
    site: t('site.name'),
    url: `${origin}/data`,
    version: manifest.version,
    date: formatDate(manifest.generatedAt.slice(0, 10), locale),
    license: manifest.license.id.replaceAll('-', ' '),
  });
  return (
    <>
      <p>
        {t('openData.licenseBody')}{' '}
        <a href={manifest.license.url} rel="license noopener noreferrer" data-testid="license-link">
          {t('openData.licenseName')}
        </a>
        .
      </p>
      <ul className="hint-list">
        <li>{t('openData.licenseMay')}</li>
        <li>{t('openData.licenseMust')}</li>
        <li>{t('openData.licenseChanges')}</li>
      </ul>
      <CodeBlock code={attribution} label={t('openData.attributionLabel')} testId="attribution" wrap />
    </>
  );
}
