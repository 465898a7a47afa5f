import { useT } from '@zi/ui';
import { useState } from 'react';

interface CodeBlockProps {
  code: string;
  /** What the code is, shown above it and read with its copy button, e.g. "curl". */
  label: string;
  testId?: string;
  /** Wrap long lines, for prose such as a credit line; code keeps its lines and scrolls. */
  wrap?: boolean;
}

/** Code to copy and paste: scrolls sideways inside itself on a phone, never the page. */
export function CodeBlock({ code, label, testId, wrap = false }: CodeBlockProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="code-block" data-testid={testId}>
      <p className="code-block__label">{label}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a block that scrolls sideways must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      <pre className={wrap ? 'code-block__pre code-block__pre--wrap' : 'code-block__pre'} tabIndex={0}>
        <code>{code}</code>
      </pre>
      <div className="code-block__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('code.copyLabel', { label })}
          onClick={() =>
            void navigator.clipboard.writeText(code).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('code.copy')}
        </button>
        <span className="code-block__status" role="status">
          {copied ? t('code.copied') : ''}
        </span>
      </div>
    </div>
  );
}
