import { useT } from '@zi/ui';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { qrShape } from './qr-path';
import { verificationPath, verificationUrl } from './verification-url';

interface PactQrCodeProps {
  code: string;
  /** The site's origin, e.g. `https://zi.example.go.id`: a scan must open this site. */
  origin: string;
}

/** A QR code that opens the verification of the pact, drawn here: no image service sees the code. */
export function PactQrCode({ code, origin }: PactQrCodeProps) {
  const t = useT();
  const url = verificationUrl(origin, code);
  const { size, path } = useMemo(() => qrShape(url), [url]);
  return (
    <figure className="pact-qr" data-testid="pact-qr">
      <svg
        className="pact-qr__code"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t('pact.qrLabel', { code })}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption>
        {t('pact.qrCaption')} <Link to={verificationPath(code)}>{t('pact.verifyLink')}</Link>
      </figcaption>
    </figure>
  );
}
