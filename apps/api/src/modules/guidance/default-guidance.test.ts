import { DEFAULT_FRAMEWORK_CODE, requireFramework } from '@zi/lke';
import { describe, expect, it } from 'vitest';
import { defaultGuidance } from './default-guidance.js';

const framework = requireFramework(DEFAULT_FRAMEWORK_CODE);
const guidanceOf = (code: string) => {
  const entry = framework.questions.get(code);
  if (!entry) throw new Error(`no question ${code}`);
  return defaultGuidance(entry.node);
};

describe('default evidence guidance, drawn from the criteria', () => {
  it('gives every question of the worksheet what its evidence must show, in Indonesian', () => {
    for (const [code, { node }] of framework.questions) {
      const guidance = defaultGuidance(node);
      expect(guidance.expected.length, code).toBeGreaterThan(0);
      expect(
        guidance.expected.every((line) => line.trim() === line && line.length <= 500),
        code,
      ).toBe(true);
    }
  });

  it('states the best answer’s condition and the documents the words point to', () => {
    expect(guidanceOf('A.I.1.i.a')).toEqual({
      expected: [
        'Bukti menunjukkan: Tim telah dibentuk di dalam unit kerja.',
        'Surat keputusan (SK) penetapan yang ditandatangani pimpinan',
      ],
      examples: ['SK Kepala Unit tentang Tim Kerja Pembangunan Zona Integritas tahun berjalan'],
    });
    expect(guidanceOf('A.I.6.iv.a').expected).toContain(
      'Laporan hasil survei: metode, jumlah responden, indeks per unsur dan keseluruhan',
    );
  });

  it('asks for the data behind each count of a percentage question', () => {
    const percent = [...framework.questions.values()].find((entry) => (entry.node.counts?.length ?? 0) > 0);
    const guidance = defaultGuidance(percent?.node as NonNullable<typeof percent>['node']);
    expect(guidance.expected.some((line) => line.startsWith('Data untuk setiap angka yang dihitung ('))).toBe(
      true,
    );
  });
});
