import type { PlanItemFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { count, render } from '../monitoring/test-render';
import { PlanAreas } from './PlanAreas';
import { PlanItemForm } from './PlanItemForm';
import { PlanSummary } from './PlanSummary';

const item = (id: string, patch: Partial<PlanItemFragment> = {}): PlanItemFragment => ({
  id,
  year: 2026,
  area: 'CHANGE_MANAGEMENT',
  activity: `Kegiatan ${id}`,
  output: 'SK tim kerja',
  targetQuarter: 2,
  personInCharge: 'Ketua tim',
  status: 'IN_PROGRESS',
  realisation: null,
  evidenceUrl: null,
  late: false,
  realisationRequiredFor: ['DONE'],
  ...patch,
});

describe('an action plan', () => {
  it('shows every area, its activities with their target quarter, late ones marked', () => {
    const items = [item('a', { late: true }), item('b', { status: 'DONE', realisation: 'SK terbit.' })];
    const html = render(<PlanAreas items={items} onUpdate={null} />);
    expect(count(html, 'class="plan-area"')).toBe(6);
    expect(html).toContain('Manajemen perubahan <span class="muted">(2)</span>');
    expect(count(html, 'Belum ada kegiatan pada area ini.')).toBe(5);
    expect(html).toContain('>Triwulan II</div>');
    expect(count(html, 'data-testid="late-badge">Terlambat</span>')).toBe(1);
    expect(html).toContain('SK terbit.');
    expect(html).not.toContain('data-testid="plan-update"');
  });

  it('offers to update each activity to whoever writes the plan', () => {
    const html = render(<PlanAreas items={[item('a')]} onUpdate={() => undefined} />);
    expect(html).toContain('Perbarui<span class="visually-hidden"> Kegiatan a</span>');
  });

  it('counts its activities, the done ones and the late ones, the late ones standing out', () => {
    const html = render(<PlanSummary items={[item('a', { late: true }), item('b', { status: 'DONE' })]} />);
    expect(html).toContain('class="key-figures__item plan-summary__late"');
    expect(html).toContain('data-testid="plan-late">1</dd>');
  });

  it('asks for a new activity’s area, quarter, output and person in charge', () => {
    const html = render(<PlanItemForm unitId="u1" year={2030} />);
    expect(html).toContain('<option value="" selected="">Pilih area</option>');
    // A later year starts in its first quarter.
    expect(html).toContain('<option value="1" selected="">Triwulan I</option>');
    expect(html).toContain('Misalnya SK, SOP atau laporan.');
  });
});
