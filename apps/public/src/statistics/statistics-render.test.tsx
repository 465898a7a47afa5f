import { I18nProvider, translator } from '@zi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { StatBlock } from './StatBlock';
import { stageSection, yearSection } from './stat-sections';
import { STATISTICS } from './test-fixtures';

const render = (section: ReturnType<typeof stageSection>) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>
        <StatBlock section={section} />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('a statistics block', () => {
  it('draws a chart read out as one image with every value in its description', () => {
    const html = render(stageSection(STATISTICS, translator('id', messages)));
    expect(html).toMatch(/<div[^>]*role="img"[^>]*aria-labelledby="[^"]+ [^"]+"/);
    expect(html).toMatch(/<span id="[^"]+" hidden="">Jumlah unit per tahap saat ini<\/span>/);
    expect(html).toContain('Belum membangun ZI: 228; Pencanangan: 0; Pembangunan: 6');
    expect(html.match(/class="chart__bar /g)).toHaveLength(10);
  });

  it('shows the table behind the chart, and a CSV download of it', () => {
    const html = render(stageSection(STATISTICS, translator('id', messages)));
    expect(html).toContain('data-testid="stats-stage"');
    expect(html).toContain('<td data-label="Unit" class="data-table__number"><div>228</div></td>');
    expect(html).toContain('Unduh CSV');
  });

  it('gives grouped charts a legend', () => {
    const html = render(yearSection(STATISTICS, translator('id', messages)));
    expect(html).toContain('chart__legend');
    expect(html.match(/class="chart__bar /g)).toHaveLength(8);
  });
});
