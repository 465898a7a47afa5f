import type { FollowUpItemFragment, FollowUpsQuery } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { count, render } from '../monitoring/test-render';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpCard } from './FollowUpCard';
import { FollowUpResults } from './FollowUpResults';
import { FollowUpSource } from './FollowUpSource';

const followUp = (patch: Partial<FollowUpItemFragment> = {}): FollowUpItemFragment => ({
  id: 'fu1',
  description: 'Terbitkan SK WBS',
  ownerName: 'Kepala dinas',
  dueOn: '2026-10-15',
  status: 'IN_PROGRESS',
  overdue: true,
  response: null,
  reviewNote: null,
  evidenceUrl: null,
  respondedAt: null,
  verifiedAt: null,
  unit: { id: 'u1', name: 'Dinas Kesehatan' },
  files: [],
  viewerMay: { respond: true, respondWith: ['IN_PROGRESS', 'DONE'], changeFiles: true, review: false },
  ...patch,
});

describe('a follow-up', () => {
  it('stands out when overdue, by its frame and a badge that says so', () => {
    const html = render(<FollowUpCard followUp={followUp()} showUnit />);
    expect(html).toContain('class="follow-up follow-up--overdue"');
    expect(html).toContain('data-testid="overdue-badge">Lewat tenggat</span>');
    expect(html).toContain('<dd>Dinas Kesehatan</dd>');
    expect(render(<FollowUpCard followUp={followUp({ overdue: false })} />)).not.toContain('Lewat tenggat');
  });

  it('shows the Inspektorat’s note, so the unit knows why it came back', () => {
    const html = render(<FollowUpCard followUp={followUp({ reviewNote: 'Foto papan belum ada.' })} />);
    expect(html).toContain('Catatan Inspektorat');
    expect(html).toContain('Foto papan belum ada.');
    expect(render(<FollowUpCard followUp={followUp()} />)).not.toContain('follow-up-review-note');
  });

  it('shows the unit’s answer with its date in Jakarta, and only a web link as evidence', () => {
    const answered = followUp({
      status: 'VERIFIED',
      overdue: false,
      response: 'SK WBS terbit.',
      respondedAt: '2026-11-20T18:30:00Z',
      verifiedAt: '2026-11-21T02:00:00Z',
      evidenceUrl: 'https://drive.example.go.id/sk-wbs.pdf',
    });
    const html = render(<FollowUpCard followUp={answered} />);
    expect(html).toContain('Tanggapan unit · <time dateTime="2026-11-21">21 November 2026</time>');
    expect(html).toContain('href="https://drive.example.go.id/sk-wbs.pdf"');
    expect(html).toContain('data-testid="follow-up-verified"><time dateTime="2026-11-21">');
    expect(html).not.toContain('<dd>Dinas Kesehatan</dd>');
    const unsafe = render(<FollowUpCard followUp={{ ...answered, evidenceUrl: 'javascript:alert(1)' }} />);
    expect(unsafe).not.toContain('javascript:');
    expect(unsafe).not.toContain('Buka bukti dukung');
  });

  it('says where it comes from: a finding and its recommendation, or a coaching session', () => {
    const recommendation = {
      id: 'rec1',
      description: 'Sediakan saluran WBS.',
      finding: { id: 'f1', description: 'WBS belum tersedia.', area: 'SUPERVISION' as const },
    };
    const html = render(<FollowUpSource recommendation={recommendation} />);
    expect(html).toContain('>Penguatan pengawasan</span> WBS belum tersedia.');
    expect(html).toContain('Rekomendasi:</span> Sediakan saluran WBS.');
    expect(render(<FollowUpSource recommendation={null} />)).toContain('Dari sesi pendampingan');
  });
});

describe('what the viewer may do with a follow-up', () => {
  const buttons = (html: string) =>
    ['respond-open', 'verify', 'send-back-open'].filter((id) => html.includes(`"${id}"`));
  const may = (respond: boolean, review: boolean) =>
    followUp({
      viewerMay: {
        respond,
        respondWith: respond ? ['IN_PROGRESS', 'DONE'] : [],
        changeFiles: respond,
        review,
      },
    });

  it('offers an answer, a verification or both, as the API allows them, and nothing it refuses', () => {
    expect(buttons(render(<FollowUpActions followUp={may(true, false)} />))).toEqual(['respond-open']);
    expect(buttons(render(<FollowUpActions followUp={may(false, true)} />))).toEqual([
      'verify',
      'send-back-open',
    ]);
    expect(buttons(render(<FollowUpActions followUp={may(true, true)} />))).toEqual([
      'respond-open',
      'verify',
      'send-back-open',
    ]);
    expect(buttons(render(<FollowUpActions followUp={may(false, false)} />))).toEqual([]);
  });
});

describe('a page of follow-ups', () => {
  const connection = (nodes: FollowUpsQuery['followUps']['nodes']): FollowUpsQuery['followUps'] => ({
    totalCount: nodes.length,
    nodes,
    pageInfo: { hasNextPage: false, endCursor: null },
  });
  const item = (id: string, overdue: boolean) => ({
    ...followUp({ id, overdue, description: `Tindak ${id}` }),
    recommendation: null,
  });

  it('lists the overdue ones first, and says how many match', () => {
    const html = render(
      <FollowUpResults
        connection={connection([item('a', false), item('b', true)])}
        view="open"
        showUnit
        onFirst={null}
        onNext={null}
      />,
    );
    expect(html).toContain('data-testid="follow-up-count">Tindak lanjut: 2</p>');
    expect(html.indexOf('Tindak b')).toBeLessThan(html.indexOf('Tindak a'));
    expect(count(html, 'data-testid="follow-up"')).toBe(2);
    expect(html).not.toContain('data-testid="next-page"');
  });

  it('says why a view is empty', () => {
    const html = render(
      <FollowUpResults connection={connection([])} view="overdue" showUnit onFirst={null} onNext={null} />,
    );
    expect(html).toContain('Tidak ada tindak lanjut yang lewat tenggat.');
  });
});
