import { type Locale, translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { notificationText } from './notification-text';

const words = (
  kind: Parameters<typeof notificationText>[0]['kind'],
  params: Record<string, unknown>,
  locale: Locale = 'id',
) => notificationText({ kind, params }, translator(locale, messages), locale);

describe('a notification in the viewer’s words', () => {
  it('names the units assigned, and how many more there are', () => {
    expect(
      words('ASSIGNMENT', { units: 2, unitNames: ['RSUD Harapan', 'Puskesmas Sukamaju'], lead: false }),
    ).toEqual({
      title: 'Penugasan unit',
      sentence: 'Anda ditugaskan mengevaluasi 2 unit: RSUD Harapan, Puskesmas Sukamaju.',
    });
    expect(words('ASSIGNMENT', { units: 12, unitNames: ['RSUD Harapan'], lead: true }).sentence).toBe(
      'Anda ditugaskan sebagai ketua tim di 12 unit: RSUD Harapan dan 11 unit lainnya.',
    );
    expect(words('ASSIGNMENT', { units: 1, unitNames: ['RSUD Harapan'], lead: false }, 'en')).toEqual({
      title: 'Units assigned',
      sentence: 'Units assigned to you for evaluation (1): RSUD Harapan.',
    });
  });

  it('says which questions came back, the year written as a year', () => {
    expect(
      words('QUESTION_RETURNED', { unitName: 'Dinas Pangan', year: 2026, codes: ['A.I.1.i.a', 'B.I.a.1'] })
        .sentence,
    ).toBe('TPI mengembalikan 2 pertanyaan LKE 2026 Dinas Pangan untuk diperbaiki: A.I.1.i.a, B.I.a.1.');
  });

  it('writes the days of follow-ups and closing windows in words', () => {
    const followUp = { description: 'Perbarui SOP pengaduan', dueOn: '2026-09-30', unitName: 'Dinas Pangan' };
    expect(words('FOLLOW_UP_DUE', followUp).sentence).toBe(
      'Tindak lanjut “Perbarui SOP pengaduan” (Dinas Pangan) jatuh tempo 30 September 2026.',
    );
    expect(words('FOLLOW_UP_OVERDUE', followUp, 'en').sentence).toBe(
      'The follow-up “Perbarui SOP pengaduan” (Dinas Pangan) was due on 30 September 2026.',
    );
    const window = { layer: 'tpi', until: '2026-08-31', year: 2026, unitName: 'RSUD Harapan' };
    expect(words('WINDOW_CLOSING', window).sentence).toBe(
      'Evaluasi TPI atas LKE 2026 RSUD Harapan berakhir 31 Agustus 2026.',
    );
    expect(words('WINDOW_CLOSING', { ...window, layer: 'unit' }).sentence).toBe(
      'Pengisian LKE 2026 RSUD Harapan oleh unit berakhir 31 Agustus 2026.',
    );
  });

  it('says when a coaching session starts', () => {
    const { sentence } = words('COACHING_INVITATION', {
      topic: 'Penyusunan LKE',
      startsAt: '2026-10-05T02:00:00.000Z',
      unitName: 'Dinas Pangan',
    });
    expect(sentence).toMatch(/^Dinas Pangan diundang ke pendampingan “Penyusunan LKE” pada .*2026.*\.$/);
  });

  it('says the time in the zone of the instansi, and the place', () => {
    const { sentence } = words('COACHING_INVITATION', {
      topic: 'Penyusunan LKE',
      startsAt: '2026-10-05T02:00:00.000Z',
      timeZone: 'Asia/Makassar',
      place: 'Aula Inspektorat',
      unitName: 'Dinas Pangan',
    });
    expect(sentence).toContain('10.00 WITA');
    expect(sentence).toMatch(/ di Aula Inspektorat\.$/);
  });

  it('keeps to the title when the params lack what the sentence needs, and to nothing for an unknown kind', () => {
    expect(words('ASSIGNMENT', { units: 'dua' })).toEqual({ title: 'Penugasan unit', sentence: null });
    expect(
      words('WINDOW_CLOSING', { layer: 'review', until: '2026-08-31', year: 2026, unitName: 'X' }).sentence,
    ).toBeNull();
    expect(words('NEW_KIND' as never, {})).toEqual({ title: null, sentence: null });
  });
});
