import { I18nProvider } from '@zi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indexLayer } from '../worksheet/layer-index';
import { framework, question } from '../worksheet/test-fixtures';
import { AcceptUnitConfirm } from './AcceptUnitAnswers';
import { acceptableQuestions } from './accept-unit';

const render = (node: ReactNode) => renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);
const noop = () => undefined;

const answers = (values: Record<string, string | number | null>, note: string | null = null) =>
  indexLayer({
    answers: Object.entries(values).map(([code, value]) => ({
      code,
      option: typeof value === 'string' ? value : null,
      number: typeof value === 'number' ? value : null,
      note,
    })),
    score: null,
  });

describe("accepting the unit's answers", () => {
  const [lhkpnReported, lhkpnObliged] = question('A.II.5.iii.a.1').counts.map((count) => count.code);
  const [otherReported, otherObliged] = question('A.II.5.iii.b.1').counts.map((count) => count.code);
  const unit = answers({
    'A.I.1.i.a': 'ya',
    'A.I.1.i.b': 'b',
    [lhkpnReported as string]: 6,
    [lhkpnObliged as string]: 5,
    [otherReported as string]: 0,
    [otherObliged as string]: 0,
  });

  it('fills only what the unit answered fully and the TPI not at all; a note alone is not an answer', () => {
    const tpi = answers({ 'A.I.1.i.a': 'tidak', 'A.I.1.i.b': null, [otherReported as string]: 1 }, 'cek');
    expect(acceptableQuestions(framework.questions, unit, tpi)).toEqual(['A.I.1.i.b', 'A.II.5.iii.a.1']);
  });

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
