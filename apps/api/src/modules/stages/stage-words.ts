import { Stage } from './stage-event.entity.js';

/**
 * A stage as the platform's Indonesian documents name it (the dashboard workbook); the portal and the
 * public site name it through their own messages. `NOT_STARTED` is the dashboard funnel's step for
 * units that have not declared ZI.
 */
export const STAGE_WORDS: Readonly<Record<Uppercase<Stage> | 'NOT_STARTED', string>> = {
  NOT_STARTED: 'Belum mencanangkan',
  DECLARED: 'Pencanangan',
  BUILDING: 'Pembangunan',
  SELF_ASSESSED: 'Penilaian mandiri',
  TPI_EVALUATED: 'Dievaluasi TPI',
  PROPOSED: 'Diusulkan ke KemenPANRB',
  WBK: 'Menuju WBK',
  WBBM: 'Menuju WBBM',
  NOT_AWARDED: 'Tidak ditetapkan TPN',
  REVOKED: 'Predikat dicabut',
};

/** The word for a funnel step (`BUILDING`, `NOT_STARTED`), or the step itself if it is unknown. */
export const stageWord = (step: string) => STAGE_WORDS[step as keyof typeof STAGE_WORDS] ?? step;
