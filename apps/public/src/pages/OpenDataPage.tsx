import { ErrorMessage, formatDateTime, Loading, useLocale, useT } from '@zi/ui';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { ChecksumHelp } from '../open-data/ChecksumHelp';
import { DataDictionary } from '../open-data/DataDictionary';
import { FileTable } from '../open-data/FileTable';
import { LicenseNote } from '../open-data/LicenseNote';
import { FEED_URL, type OpenDataManifest } from '../open-data/manifest';
import { useOpenDataManifest } from '../open-data/useOpenDataManifest';
import { usePageMeta } from '../usePageMeta';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

function ManifestFacts({ manifest }: { manifest: OpenDataManifest }) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <dl className="facts card" data-testid="open-data-facts">
      <div>
        <dt>{t('openData.version')}</dt>
        <dd data-testid="open-data-version">{manifest.version}</dd>
      </div>
      <div>
        <dt>{t('openData.generatedAt')}</dt>
        <dd>
          <time dateTime={manifest.generatedAt}>{formatDateTime(manifest.generatedAt, locale)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('openData.license')}</dt>
        <dd>
          <a href={manifest.license.url} rel="license noopener noreferrer">
            {manifest.license.id.replaceAll('-', ' ')}
          </a>
        </dd>
      </div>
      <div>
        <dt>{t('openData.feed')}</dt>
        <dd>
          <a href={FEED_URL} type="application/atom+xml">
            feed.atom
          </a>
        </dd>
      </div>
    </dl>
  );
}

function OpenData({ manifest, origin }: { manifest: OpenDataManifest; origin: string }) {
  const t = useT();
  return (
    <>
      <ManifestFacts manifest={manifest} />
      <Section title={t('openData.files')} testId="open-data-files">
        <FileTable manifest={manifest} />
      </Section>
      <Section title={t('openData.licenseTitle')} testId="open-data-license">
        <LicenseNote manifest={manifest} origin={origin} />
      </Section>
      <Section title={t('openData.checksumTitle')} testId="open-data-checksums">
        <ChecksumHelp origin={origin} />
      </Section>
      <Section title={t('openData.feedTitle')} testId="open-data-feed">
        <p>{t('openData.feedBody')}</p>
        <p>
          <a href={FEED_URL} type="application/atom+xml" data-testid="feed-link">
            {`${origin}${FEED_URL}`}
          </a>
        </p>
      </Section>
      <Section title={t('openData.dictionaryTitle')} testId="open-data-dictionary">
        <p className="muted">{t('openData.dictionaryIntro')}</p>
        <DataDictionary datasets={manifest.datasets} />
      </Section>
      <Section title={t('openData.apiTitle')} testId="open-data-api">
        <p>
          {t('openData.apiBody')} <Link to="/api">{t('openData.apiLink')}</Link>
        </p>
      </Section>
    </>
  );
}

export function OpenDataPage() {
  const t = useT();
  usePageMeta(t('openData.title'), t('openData.description'));
  const manifest = useOpenDataManifest();
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p className="page-intro">{t('openData.intro')}</p>
      {manifest.status === 'loading' && <Loading />}
      {manifest.status === 'failed' && <ErrorMessage message={manifest.message} onRetry={manifest.retry} />}
      {manifest.status === 'ready' && (
        <OpenData manifest={manifest.manifest} origin={window.location.origin} />
      )}
    </>
  );
}
