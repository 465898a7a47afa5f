import type { DocumentLanguage, Wording } from '../../common/document-language.js';
import type { Stage } from './stage-event.entity.js';

/** A step of the dashboard funnel: a stage, or `NOT_STARTED` for units that have not declared ZI. */
type FunnelStep = Uppercase<Stage> | 'NOT_STARTED';

/**
 * A stage as the platform's documents name it (the dashboard workbook), in each document language;
 * the portal and the public site name it through their own messages, with the same words.
 */
export const STAGE_WORDS: Wording<Readonly<Record<FunnelStep, string>>> = {
  id: {
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
  },
  en: {
    NOT_STARTED: 'Not yet declared',
    DECLARED: 'Declared',
    BUILDING: 'Building',
    SELF_ASSESSED: 'Self-assessed',
    TPI_EVALUATED: 'Evaluated by the TPI',
    PROPOSED: 'Proposed to KemenPANRB',
    WBK: 'Menuju WBK',
    WBBM: 'Menuju WBBM',
    NOT_AWARDED: 'Not awarded by the TPN',
    REVOKED: 'Predicate revoked',
  },
};

/** The word for a funnel step (`BUILDING`, `NOT_STARTED`), or the step itself if it is unknown. */
export const stageWord = (language: DocumentLanguage, step: string) =>
  STAGE_WORDS[language][step as FunnelStep] ?? step;
