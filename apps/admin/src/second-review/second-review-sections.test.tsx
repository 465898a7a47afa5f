import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { SecondReviewForm } from './SecondReviewForm';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <ApolloProvider client={client}>{node}</ApolloProvider>
    </I18nProvider>,
  );

describe('the second review setting', () => {
  it('explains what the team lead’s review changes, and shows whether it is required', () => {
    const on = render(<SecondReviewForm instansi={{ id: 'SW5z', secondReview: true }} />);
    expect(on).toContain('Reviu kedua oleh ketua tim');
    expect(on).toContain('ketua tim evaluator unit itu (atau Inspektorat) memeriksanya');
    expect(on).toContain('Orang yang menyetujui tidak dapat mengonfirmasi persetujuannya sendiri.');
    expect(on).toContain('data-testid="second-review-required" checked=""');
    expect(on).toContain('Hasil evaluasi TPI harus dikonfirmasi ketua tim');
    const off = render(<SecondReviewForm instansi={{ id: 'SW5z', secondReview: false }} />);
    expect(off).not.toContain('checked=""');
  });
});
