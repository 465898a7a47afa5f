import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeText } from './CodeText';

describe('CodeText', () => {
  it('writes each backticked part as code and the rest as prose', () => {
    expect(
      renderToStaticMarkup(<CodeText text="kirim `after` sampai `hasNextPage` bernilai `false`." />),
    ).toBe('kirim <code>after</code> sampai <code>hasNextPage</code> bernilai <code>false</code>.');
    expect(renderToStaticMarkup(<CodeText text="tanpa kode" />)).toBe('tanpa kode');
  });
});
