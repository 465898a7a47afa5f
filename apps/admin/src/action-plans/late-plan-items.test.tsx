import type { LatePlanItemFragment, LatePlanItemsQuery } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { count, render } from '../monitoring/test-render';
import { LatePlanItems, LatePlanList } from './LatePlanItems';

const item = (id: string, patch: Partial<LatePlanItemFragment> = {}): LatePlanItemFragment => ({
  id,
  year: 2026,
  area: 'PUBLIC_SERVICE',
  activity: `Kegiatan ${id}`,
  targetQuarter: 2,
  personInCharge: 'Ketua tim',
  status: 'IN_PROGRESS',
  late: true,
  quartersLate: 2,
  unit: { id: `unit-${id}`, name: `Dinas ${id}` },
  ...patch,
});

const connection = (
  nodes: LatePlanItemFragment[],
  pageInfo = { hasNextPage: false, endCursor: null as string | null },
): LatePlanItemsQuery['latePlanItems'] => ({ totalCount: nodes.length, nodes, pageInfo });

describe('late activities across units', () => {
  it('lists each with its unit linking to its plan, area, quarter, person, status and lateness', () => {
    const html = render(
      <LatePlanList
        connection={connection([item('a', { year: 2025, targetQuarter: 4, quartersLate: 4 }), item('b')])}
        after={null}
        onPage={() => undefined}
      />,
    );
    expect(count(html, 'data-testid="late-item"')).toBe(2);
    expect(html).toContain('data-testid="late-count">Kegiatan terlambat: 2</p>');
    expect(html).toContain('data-testid="late-unit" href="/?unit=unit-a&amp;year=2025"');
    expect(html).toContain('>Kualitas pelayanan publik</div>');
    expect(html).toContain('>Triwulan IV 2025</div>');
    expect(html).toContain('>Triwulan II 2026</div>');
    expect(html).toContain('>Ketua tim</div>');
    expect(count(html, 'data-testid="late-badge">Terlambat</span>')).toBe(2);
    expect(html).toContain('data-label="Terlambat (triwulan)" class="data-table__number"><div>4</div>');
    expect(html).not.toContain('data-testid="next-page"');
  });

  it('says when nothing is late', () => {
    const html = render(<LatePlanList connection={connection([])} after={null} onPage={() => undefined} />);
    expect(html).toContain('data-testid="late-empty">Tidak ada kegiatan yang terlambat.</p>');
    expect(html).not.toContain('<table');
  });

  it('pages on with the shared pager, and back to the first page', () => {
    const html = render(
      <LatePlanList
        connection={connection([item('a')], { hasNextPage: true, endCursor: 'c1' })}
        after="c0"
        onPage={() => undefined}
      />,
    );
    expect(html).toContain('data-testid="next-page"');
    expect(html).toContain('data-testid="first-page"');
  });

  it('offers every change area to filter by, and loads the list', () => {
    const html = render(<LatePlanItems />);
    expect(html).toContain('<h2 id=');
    expect(html).toContain('>Kegiatan terlambat</h2>');
    expect(html).toContain('<option value="" selected="">Semua area</option>');
    expect(count(html, '<option value="')).toBe(7);
    expect(html).toContain('<option value="SUPERVISION">Penguatan pengawasan</option>');
    expect(html).not.toContain('data-testid="late-item"');
  });
});
