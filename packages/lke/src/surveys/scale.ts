import { div, type Exact, fraction, mul, sub } from '../exact.js';
import type { Words } from './instruments.js';

/**
 * How a unit's respondents rate each statement: whole points from 1 to `points` (the LKE's own
 * survey uses 1–4; some instansi use 1–6), and how a mean on that scale becomes the worksheet's
 * 0–4 value. Set per instansi; a survey period keeps the scale it was opened with.
 */
export interface SurveyScale {
  points: number;
  conversion: ScaleConversion;
}

/**
 * `proportional`: value = mean × 4 ÷ points, so a 1–4 scale passes its mean through unchanged
 * (the practice of the circular's own 1–4 form). `linear`: the scale's 1 to its top maps onto 0
 * to 4, value = (mean − 1) × 4 ÷ (points − 1).
 */
export type ScaleConversion = 'proportional' | 'linear';

export const SCALE_POINTS_MIN = 2;
export const SCALE_POINTS_MAX = 10;
/** The LKE's survey value runs from 0 to this. */
export const LKE_SURVEY_MAX = 4;

export const DEFAULT_SCALE: SurveyScale = { points: 4, conversion: 'proportional' };

/** The worksheet's 0–4 value of a mean on the scale, exactly. */
export function lkeValueOfMean(mean: Exact, { points, conversion }: SurveyScale): Exact {
  const top = fraction(BigInt(LKE_SURVEY_MAX), 1n);
  if (conversion === 'proportional') return div(mul(mean, top), fraction(BigInt(points), 1n));
  return div(mul(sub(mean, fraction(1n, 1n)), top), fraction(BigInt(points - 1), 1n));
}

/** The conversion as a formula a report prints beside the values. */
export function conversionFormula({ points, conversion }: SurveyScale): Words {
  if (conversion === 'proportional')
    return {
      id: `nilai 0–4 = rata-rata × 4 ÷ ${points}`,
      en: `0–4 value = mean × 4 ÷ ${points}`,
    };
  return {
    id: `nilai 0–4 = (rata-rata − 1) × 4 ÷ ${points - 1}`,
    en: `0–4 value = (mean − 1) × 4 ÷ ${points - 1}`,
  };
}

/** The words of each point of the scale, lowest first: named for 4 and 6 points, ends only otherwise. */
export function scaleLabels(points: number): Words[] {
  const named = NAMED_POINTS[points];
  if (named) return named;
  return Array.from({ length: points }, (_, index) => {
    const point = index + 1;
    if (point === 1) return { id: '1 — sangat tidak setuju', en: '1 — strongly disagree' };
    if (point === points) return { id: `${points} — sangat setuju`, en: `${points} — strongly agree` };
    return { id: String(point), en: String(point) };
  });
}

const NAMED_POINTS: Readonly<Record<number, Words[]>> = {
  4: [
    { id: 'Sangat tidak setuju', en: 'Strongly disagree' },
    { id: 'Tidak setuju', en: 'Disagree' },
    { id: 'Setuju', en: 'Agree' },
    { id: 'Sangat setuju', en: 'Strongly agree' },
  ],
  6: [
    { id: 'Sangat tidak setuju', en: 'Strongly disagree' },
    { id: 'Tidak setuju', en: 'Disagree' },
    { id: 'Agak tidak setuju', en: 'Somewhat disagree' },
    { id: 'Agak setuju', en: 'Somewhat agree' },
    { id: 'Setuju', en: 'Agree' },
    { id: 'Sangat setuju', en: 'Strongly agree' },
  ],
};
