import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { AcceptUnitConfirm } from './AcceptUnitAnswers';

const render = (node: ReactNode) =>
  renderToStaticMarkup(<I18nProvider messages={messages}>{node}</I18nProvider>);
const noop = () => undefined;

describe("accepting the unit's answers", () => {
  it('says how many questions it fills before it does', () => {
    const html = render(
      <AcceptUnitConfirm count={110} busy={false} pending onConfirm={noop} onCancel={noop} />,
    );
    expect(html).toContain(
      '110 pertanyaan yang belum dinilai TPI akan diisi dengan jawaban unit. Jawaban dan catatan TPI yang sudah ada tidak diubah.',
    );
    expect(html).toContain('data-testid="accept-unit-confirm">Terima jawaban unit</button>');
  });

  it('has nothing to confirm when the TPI has evaluated everything the unit answered', () => {
    const html = render(
      <AcceptUnitConfirm count={0} busy={false} pending onConfirm={noop} onCancel={noop} />,
    );
    expect(html).toContain('Semua pertanyaan yang dijawab unit sudah dinilai TPI.');
    expect(html).toMatch(/disabled=""[^>]*data-testid="accept-unit-confirm"/);
  });
});
