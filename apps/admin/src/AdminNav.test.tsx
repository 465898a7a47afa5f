import type { ViewerFragment } from '@zi/schema/admin';
import { I18nProvider } from '@zi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AdminNav } from './AdminNav';
import { messages } from './messages';
import type { SectionLink } from './section';

const may = { evaluate: true } as ViewerFragment['may'];
const render = (count: number) =>
  renderToStaticMarkup(
    <I18nProvider messages={messages}>
      <MemoryRouter>
        <AdminNav
          may={may}
          links={
            [
              { to: '/', label: 'adminNav.units', order: 10, end: true },
              {
                to: '/antrian',
                label: 'adminNav.queue',
                order: 20,
                needs: 'evaluate',
                useCount: () => count,
              },
            ] satisfies SectionLink[]
          }
        />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('the portal’s nav', () => {
  it('shows how many wait behind a link, in figures and in words', () => {
    const html = render(2);
    expect(html).toContain('Antrian evaluasi<span class="site-nav__count" data-testid="nav-count">');
    expect(html).toContain(
      '<span aria-hidden="true">2</span><span class="visually-hidden">2 menunggu Anda</span>',
    );
  });

  it('shows nothing when none wait', () => {
    expect(render(0)).not.toContain('site-nav__count');
  });
});
