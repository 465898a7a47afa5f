import type { CoachingSessionItemFragment } from '@zi/schema/admin';
import { describe, expect, it } from 'vitest';
import { count, render } from '../monitoring/test-render';
import { Invitations } from './Invitations';
import { MonthCalendar } from './MonthCalendar';
import { SessionTable } from './SessionTable';
import { UnitChecklist } from './UnitChecklist';

const unit = (id: string, name: string) => ({ id, name });
const session = (patch: Partial<CoachingSessionItemFragment> = {}): CoachingSessionItemFragment => ({
  id: 's1',
  kind: 'COACHING',
  topic: 'Penyusunan bukti dukung',
  startsAt: '2026-11-25T02:00:00Z',
  endsAt: '2026-11-25T05:00:00Z',
  place: 'Aula Inspektorat',
  onlineUrl: null,
  materialsUrl: null,
  notes: null,
  invitations: [
    { attended: null, unit: unit('u1', 'Dinas Kesehatan') },
    { attended: null, unit: unit('u2', 'RSUD Bukit Hijau') },
  ],
  ...patch,
});

describe('the month calendar', () => {
  it('lays out the weeks from Monday, marks today, and puts each session on its day in Jakarta time', () => {
    const evening = session({
      id: 's2',
      kind: 'SOCIALISATION',
      topic: 'Sosialisasi WBS',
      startsAt: '2026-11-26T17:30:00Z',
    });
    const html = render(<MonthCalendar month="2026-11" today="2026-11-22" sessions={[session(), evening]} />);
    expect(html).toContain('November 2026');
    expect(count(html, 'data-testid="calendar-day"')).toBe(42);
    expect(html).toContain('<abbr title="Senin">Sen</abbr>');
    expect(html).toMatch(
      /class="calendar__day calendar__day--other calendar__day--empty"[^>]*data-day="2026-10-26"/,
    );
    expect(html).toMatch(/aria-current="date"[^>]*data-day="2026-11-22"/);
    expect(html).toContain(
      'class="calendar__session calendar__session--coaching" data-testid="calendar-session" href="/pendampingan/s1" data-discover="true"><span class="calendar__time">09.00</span> <span class="visually-hidden">Pendampingan: </span>Penyusunan bukti dukung</a>',
    );
    // 17.30 UTC on the 26th is half past midnight on the 27th in Jakarta.
    expect(html).toMatch(/data-day="2026-11-27">.*<span class="calendar__time">00\.30<\/span>/);
    expect(html).toContain('<span class="calendar__full-date">Jumat, 27 November</span>');
  });
});

describe('the list of sessions', () => {
  it('says when in Jakarta time, where, and who was invited or came', () => {
    const recorded = session({
      id: 's2',
      onlineUrl: 'https://meet.example.go.id/zi',
      invitations: [
        { attended: true, unit: unit('u1', 'Dinas Kesehatan') },
        { attended: false, unit: unit('u2', 'RSUD Bukit Hijau') },
      ],
    });
    const html = render(<SessionTable sessions={[session(), recorded]} />);
    expect(html).toContain('<time dateTime="2026-11-25">25 November 2026</time> pukul 09.00–12.00 WIB');
    expect(html).toContain('Unit diundang: 2');
    expect(html).toContain('1 dari 2 unit hadir');
    expect(html).toContain('Aula Inspektorat<br/><a href="https://meet.example.go.id/zi"');
    expect(count(html, 'data-testid="session-row"')).toBe(2);
  });

  it('say whether each invited unit came, once recorded', () => {
    const html = render(
      <Invitations
        invitations={[
          { attended: true, unit: unit('u1', 'Dinas Kesehatan') },
          { attended: false, unit: unit('u2', 'RSUD Bukit Hijau') },
          { attended: null, unit: unit('u3', 'SMA Negeri 1') },
        ]}
      />,
    );
    expect(html).toContain('class="badge badge--wbk">Hadir</span>');
    expect(html).toContain('class="badge badge--warning">Tidak hadir</span>');
    expect(html).toContain('class="badge badge--none">Belum dicatat</span>');
  });
});

describe('the units to invite', () => {
  it('offer the ZI units, count the invited ones and say when none is', () => {
    const units = [
      { id: 'u1', name: 'Dinas Kesehatan', currentStage: 'BUILDING' as const },
      { id: 'u2', name: 'Dinas Sosial', currentStage: null },
    ];
    const html = render(
      <UnitChecklist
        units={units}
        invited={[]}
        onChange={() => undefined}
        error="Undang paling sedikit satu unit."
        legend="Unit yang diundang (0)"
        testId="invite-units"
      />,
    );
    expect(html).toContain('Unit yang diundang (0)');
    expect(html).toContain('Dinas Kesehatan');
    expect(html).not.toContain('Dinas Sosial');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('data-testid="invite-units-error">Undang paling sedikit satu unit.</p>');
  });
});
