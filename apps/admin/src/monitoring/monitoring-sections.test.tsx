import { describe, expect, it } from 'vitest';
import { FindingForm } from './FindingForm';
import { blankFinding, changeFinding, findingInput } from './finding-draft';
import type { CellPosition } from './grid-cells';
import { ProgressGrid, type ShownCell } from './ProgressGrid';
import { RoundFindings } from './RoundFindings';
import { RoundHeader } from './RoundHeader';
import type { Finding, RoundUnit } from './round-grid';
import { count, render } from './test-render';

const noop = () => undefined;
const unit: RoundUnit = { id: 'u1', name: 'Dinas Kesehatan', findings: 2 };
/** The grid's cells: supervision judged behind with a note and not saved yet, the rest not judged. */
const shown = ({ area }: CellPosition): ShownCell =>
  area === 'SUPERVISION'
    ? { judgement: 'BEHIND', note: 'WBS belum berjalan', state: 'unsaved' }
    : { judgement: null, note: null, state: 'saved' };
const grid = (allowed: boolean) => (
  <ProgressGrid
    units={[unit]}
    year={2026}
    may={may(allowed)}
    shown={shown}
    onSet={noop}
    onPasted={noop}
    onOpenCell={noop}
    onRecordFinding={noop}
  />
);
const round = { id: 'r1', year: 2026, quarter: 4, closedAt: null, createdAt: '2026-10-05T02:00:00Z' };
const may = (allowed: boolean) => ({ judgeProgress: allowed, recordFinding: allowed });
const finding: Finding = {
  id: 'f1',
  area: 'SUPERVISION',
  description: 'Saluran WBS belum tersedia.',
  createdAt: '2026-11-20T03:00:00Z',
  unit: { id: 'u1', name: 'Dinas Kesehatan' },
  recommendations: [
    {
      id: 'rec1',
      description: 'Sediakan saluran WBS.',
      followUps: [
        {
          id: 'fu1',
          description: 'Terbitkan SK WBS',
          ownerName: 'Kepala dinas',
          dueOn: '2026-12-15',
          status: 'OPEN',
          overdue: false,
          response: null,
          reviewNote: null,
          evidenceUrl: null,
          respondedAt: null,
          verifiedAt: null,
          unit: { id: 'u1', name: 'Dinas Kesehatan' },
          files: [],
          viewerMay: {
            respond: true,
            respondWith: ['IN_PROGRESS', 'DONE'],
            changeFiles: true,
            review: false,
          },
        },
      ],
    },
  ],
};

describe('the progress grid', () => {
  it('lets the Inspektorat judge each area from its cell, each button named by unit and area', () => {
    const html = render(grid(true));
    expect(count(html, 'class="progress-grid__judge"')).toBe(6);
    // One cell in the tab order; the arrows move between the others.
    expect(count(html, 'tabindex="0"')).toBe(2);
    expect(html).toContain('data-testid="cell-state">belum tersimpan</span>');
    expect(html).toContain('aria-label="Isi seluruh kolom Penguatan pengawasan"');
    expect(html).toContain(
      'Dinas Kesehatan — Penguatan pengawasan: </span><span class="badge badge--warning"',
    );
    expect(html).toContain('>Tertinggal</span>');
    expect(count(html, '>Belum dinilai</span>')).toBe(5);
    expect(html).toContain('data-testid="judgement-note-text">WBS belum berjalan</span>');
    expect(html).toContain('data-testid="finding-count">Temuan: 2</span>');
    expect(html).toContain('Catat temuan<span class="visually-hidden"> Dinas Kesehatan</span>');
    expect(html).toContain('href="/rencana-aksi?unit=u1&amp;year=2026"');
    expect(html).toContain('<th scope="col">Kualitas pelayanan publik<select');
  });

  it('only shows the judgements once the round is closed or to the unit', () => {
    const html = render(grid(false));
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<select');
    expect(html).toContain('>Tertinggal</span>');
  });
});

describe('a round’s header', () => {
  it('says an open round can still change, offers the ekspose and, to the admin, closing it', () => {
    const html = render(<RoundHeader round={round} canClose />);
    expect(html).toContain('<h1>Monev Triwulan IV 2026</h1>');
    expect(html).toContain('data-testid="round-status">Dibuka</span>');
    expect(html).toContain('href="/admin/monitoring/r1/report.pdf?lang=id" download=""');
    expect(html).toContain('href="/admin/monitoring/r1/report.xlsx?lang=id" download=""');
    expect(html).toContain('data-testid="close-round"');
  });

  it('says when a round was closed, and that it is final', () => {
    const html = render(
      <RoundHeader round={{ ...round, closedAt: '2026-12-28T09:00:00Z' }} canClose={false} />,
    );
    expect(html).toContain('Ditutup <time dateTime="2026-12-28">28 Desember 2026</time>');
    expect(html).toContain('penilaian kemajuan dan temuannya bersifat final');
    expect(html).not.toContain('data-testid="close-round"');
  });
});

describe('a round’s findings', () => {
  it('say so when there are none', () => {
    expect(render(<RoundFindings roundId="r1" findings={[]} />)).toContain(
      'Belum ada temuan pada putaran ini.',
    );
  });

  it('list each unit’s findings with its own report, recommendations numbered, follow-ups with their status', () => {
    const html = render(<RoundFindings roundId="r1" findings={[finding]} />);
    expect(html).toContain('<h3>Dinas Kesehatan</h3>');
    expect(html).toContain('href="/admin/monitoring/r1/report.pdf?lang=id&amp;unitId=u1"');
    expect(html).toContain('>Penguatan pengawasan</span>');
    expect(html).toContain('Rekomendasi 1</p><p>Sediakan saluran WBS.</p>');
    expect(html).toContain('data-testid="follow-up-status">Belum ditindaklanjuti</span>');
    expect(html).toContain('<time dateTime="2026-12-15">15 Desember 2026</time>');
    // One unit: no need to choose among them.
    expect(html).not.toContain('data-testid="findings-unit"');
  });
});

describe('the finding form', () => {
  it('starts with one recommendation and one follow-up, each field labelled, nothing to remove', () => {
    const html = render(
      <FindingForm roundId="r1" unitId="u1" otherUnits={[]} onCancel={noop} onRecorded={noop} />,
    );
    expect(html).toContain('<legend>Rekomendasi 1</legend>');
    // A round of one unit offers no other unit to give the same finding.
    expect(html).not.toContain('finding-also-units');
    expect(html).toContain('<legend>Tindak lanjut 1</legend>');
    for (const testId of ['finding-description', 'recommendation-0-description', 'follow-up-0-0-owner']) {
      expect(html).toContain(`data-testid="${testId}"`);
    }
    expect(html).toMatch(/data-testid="follow-up-0-0-due"[^>]*type="date" min="\d{4}-\d{2}-\d{2}"/);
    expect(html).toContain('<option value="" selected="">Tidak terkait satu area</option>');
    expect(html).not.toContain('data-testid="remove-recommendation-0"');
    expect(html).toContain('data-testid="add-follow-up-0"');
    expect(html).toContain('data-testid="add-recommendation"');
  });
});

describe('the same finding at other units', () => {
  it('offers the round’s other units, and sends the ones chosen', () => {
    const others = [
      { id: 'u2', name: 'Dinas Sosial', currentStage: 'BUILDING' as const },
      { id: 'u3', name: 'Dinas Pangan', currentStage: 'BUILDING' as const },
    ];
    const html = render(
      <FindingForm roundId="r1" unitId="u1" otherUnits={others} onCancel={noop} onRecorded={noop} />,
    );
    expect(html).toContain('Temuan yang sama juga di unit (0)');
    expect(html).toContain('Dinas Pangan');
    let draft = blankFinding();
    draft = changeFinding(draft, { type: 'alsoUnits', unitIds: ['u2', 'u3'], chosen: true });
    draft = changeFinding(draft, { type: 'alsoUnits', unitIds: ['u2'], chosen: false });
    expect(findingInput(draft, 'r1', 'u1').alsoUnitIds).toEqual(['u3']);
  });
});
