import { useT } from '@zi/ui';
import { CodeBlock } from '../CodeBlock';
import { CHECKSUMS_URL } from './manifest';

/** How to prove a downloaded file is the one published, with the tools each system has. */
export function ChecksumHelp({ origin }: { origin: string }) {
  const t = useT();
  const base = `${origin}/open-data`;
  const unix = `curl -O ${base}/units.csv -O ${base}/SHA256SUMS\nsha256sum -c --ignore-missing SHA256SUMS`;
  const mac = `curl -O ${base}/units.csv -O ${base}/SHA256SUMS\nshasum -a 256 -c --ignore-missing SHA256SUMS`;
  const windows = `Invoke-WebRequest ${base}/units.csv -OutFile units.csv\n(Get-FileHash units.csv -Algorithm SHA256).Hash.ToLower()`;
  return (
    <>
      <p>
        {t('openData.checksumBody')} <a href={CHECKSUMS_URL}>SHA256SUMS</a>.
      </p>
      <CodeBlock code={unix} label={t('openData.checksumLinux')} testId="checksum-linux" />
      <CodeBlock code={mac} label={t('openData.checksumMac')} />
      <CodeBlock code={windows} label={t('openData.checksumWindows')} />
      <p className="muted">{t('openData.checksumBrowserNote')}</p>
    </>
  );
}
