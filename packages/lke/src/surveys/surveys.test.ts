import { describe, expect, it } from 'vitest';
import { SPAK_2023, SPKP_2023, SURVEY_INSTRUMENTS } from './instruments.js';
import { requiredSample } from './sample-size.js';
import { DEFAULT_SCALE, type SurveyScale, scaleLabels } from './scale.js';
import { surveyResult } from './survey-result.js';

/**
 * Krejcie & Morgan (1970), "Determining sample size for research activities", Table 1: population
 * → sample. Their formula gives 382.63 for 100,000, which the table prints as 384; every other
 * entry is the formula rounded to the nearest whole.
 */
const KREJCIE_MORGAN_TABLE: Array<[number, number]> = [
  [10, 10],
  [15, 14],
  [20, 19],
  [50, 44],
  [100, 80],
  [200, 132],
  [300, 169],
  [500, 217],
  [1000, 278],
  [2000, 322],
  [5000, 357],
  [10000, 370],
  [20000, 377],
  [50000, 381],
  [1000000, 384],
];

describe('the sample a survey needs', () => {
  it.each(KREJCIE_MORGAN_TABLE)(
    'Krejcie–Morgan: %i service users need %i responses, as their table says',
    (population, sample) => {
      expect(requiredSample('krejcie_morgan', population)).toBe(sample);
    },
  );

  it('Krejcie–Morgan at 100,000 is the formula (383), not the table’s misprint (384)', () => {
    expect(requiredSample('krejcie_morgan', 100_000)).toBe(383);
  });

  it.each([
    // N ÷ (1 + N/400): exactly 80 and 200 stay; a hair above goes up.
    [100, 80],
    [400, 200],
    [401, 201],
    [1000, 286],
    [0, 0],
    [1, 1],
  ])('Slovin: %i service users need %i responses', (population, sample) => {
    expect(requiredSample('slovin', population)).toBe(sample);
  });

  it('refuses a population that is not a whole number', () => {
    expect(() => requiredSample('slovin', 10.5)).toThrow(RangeError);
    expect(() => requiredSample('krejcie_morgan', -1)).toThrow(RangeError);
  });
});

/**
 * The index computed apart from the engine, in whole hundredths: with n responses over k items,
 * the mean of item means is Σ ratings ÷ (n·k); proportional: value = mean·4 ÷ p; linear:
 * (mean − 1)·4 ÷ (p − 1). Hundredths, half up, as integers: no fractions, no floats.
 */
function independentCents(responses: number[][], { points, conversion }: SurveyScale): number {
  const n = BigInt(responses.length);
  const k = BigInt(responses[0]?.length ?? 0);
  const total = BigInt(responses.flat().reduce((a, b) => a + b, 0));
  // value = numerator ÷ denominator
  const [numerator, denominator] =
    conversion === 'proportional'
      ? [total * 4n, n * k * BigInt(points)]
      : [(total - n * k) * 4n, n * k * BigInt(points - 1)];
  return Number((numerator * 200n + denominator) / (2n * denominator));
}

/** `count` responses over `items` items, rated 3 or 4, whose ratings add up to `total`. */
function ratingsTotalling(count: number, items: number, total: number): number[][] {
  let fours = total - 3 * count * items;
  return Array.from({ length: count }, () =>
    Array.from({ length: items }, () => {
      fours -= 1;
      return fours >= 0 ? 4 : 3;
    }),
  );
}

/** Responses from each item's ratings, response by response. */
function responsesOf(itemCount: number, perItem: number[][]): number[][] {
  const count = perItem[0]?.length ?? 0;
  return Array.from({ length: count }, (_, response) =>
    Array.from({ length: itemCount }, (_, item) => perItem[item]?.[response] ?? 0),
  );
}

describe('the survey index', () => {
  it('is exactly 3.6 when the ratings reach it through thirds (the IPAK threshold), not 3.5999…', () => {
    // Five items, three responses: item sums 11, 11, 11, 11, 10 → means 11/3 ×4 and 10/3 → 54/15 = 3.6.
    const responses = responsesOf(5, [
      [4, 4, 3],
      [4, 3, 4],
      [3, 4, 4],
      [4, 4, 3],
      [4, 3, 3],
    ]);
    const result = surveyResult(SPAK_2023, DEFAULT_SCALE, responses);
    expect(result.lkeValue).toBe(3.6);
    expect(result.score100).toBe(90);
    expect(result.responses).toBe(3);
    expect(result.items.map((item) => item.mean)).toEqual(
      [11 / 3, 11 / 3, 11 / 3, 11 / 3, 10 / 3].map((v) => Number(v.toFixed(10))),
    );
  });

  it.each([
    // 40 responses × 5 items: 719 ÷ 200 = 3.595 exactly, the rounding boundary, goes up.
    [40, 718, 3.59],
    [40, 719, 3.6],
    [40, 720, 3.6],
    // 39 responses: 701 ÷ 195 = 3.594871… (repeating), just below it, stays down.
    [39, 701, 3.59],
    [39, 702, 3.6],
  ])('rounds at the hundredth half up: %i responses totalling %i give %d', (count, total, expected) => {
    const responses = ratingsTotalling(count, SPAK_2023.items.length, total);
    expect(surveyResult(SPAK_2023, DEFAULT_SCALE, responses).lkeValue).toBe(expected);
    expect(independentCents(responses, DEFAULT_SCALE)).toBe(Math.round(expected * 100));
  });

  it('agrees with the independent calculation on random surveys of every scale and conversion', () => {
    let seed = 20261207;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 400; round += 1) {
      const points = 2 + Math.floor(random() * 9);
      const conversion = random() < 0.5 ? 'proportional' : 'linear';
      const scale: SurveyScale = { points, conversion };
      const instrument = random() < 0.5 ? SPAK_2023 : SPKP_2023;
      const count = 1 + Math.floor(random() * 60);
      const responses = Array.from({ length: count }, () =>
        instrument.items.map(() => 1 + Math.floor(random() * points)),
      );
      const result = surveyResult(instrument, scale, responses);
      expect(Math.round((result.lkeValue ?? -1) * 100), JSON.stringify({ scale, responses })).toBe(
        independentCents(responses, scale),
      );
    }
  });

  it('has no value without responses', () => {
    const result = surveyResult(SPKP_2023, DEFAULT_SCALE, []);
    expect(result).toMatchObject({ responses: 0, mean: null, lkeValue: null, score100: null });
    expect(result.items.every((item) => item.mean === null)).toBe(true);
  });

  it('converts a 1–6 scale as written: proportional 5.4 → 3.6, linear 5.5 → 3.6', () => {
    const six = (conversion: SurveyScale['conversion']): SurveyScale => ({ points: 6, conversion });
    // Five items, five responses, each item 27/5 = 5.4.
    const fivePointFour = Array.from({ length: 5 }, (_, i) => SPAK_2023.items.map(() => (i < 3 ? 5 : 6)));
    expect(surveyResult(SPAK_2023, six('proportional'), fivePointFour).lkeValue).toBe(3.6);
    const fivePointFive = Array.from({ length: 2 }, (_, i) => SPAK_2023.items.map(() => (i === 0 ? 5 : 6)));
    expect(surveyResult(SPAK_2023, six('linear'), fivePointFive).lkeValue).toBe(3.6);
  });
});

describe('the instruments', () => {
  it('are the circular’s: SPKP’s eight aspects and SPAK’s five, each in both languages, each answering a worksheet question', () => {
    expect(SPKP_2023.items).toHaveLength(8);
    expect(SPAK_2023.items).toHaveLength(5);
    expect(SPKP_2023.lkeQuestion).toBe('B.II.a.1');
    expect(SPAK_2023.lkeQuestion).toBe('B.I.a.1');
    for (const instrument of SURVEY_INSTRUMENTS.values()) {
      const codes = new Set(instrument.items.map((item) => item.code));
      expect(codes.size).toBe(instrument.items.length);
      for (const item of instrument.items)
        for (const words of [item.aspect, item.statement, item.explanation]) {
          expect(words.id.length).toBeGreaterThan(3);
          expect(words.en.length).toBeGreaterThan(3);
          expect(words.id).not.toBe(words.en);
        }
    }
  });

  it('name every point of a 4- and 6-point scale, and the ends of any other', () => {
    expect(scaleLabels(4).map((label) => label.id)).toEqual([
      'Sangat tidak setuju',
      'Tidak setuju',
      'Setuju',
      'Sangat setuju',
    ]);
    expect(scaleLabels(6)).toHaveLength(6);
    expect(scaleLabels(5)[0]?.id).toContain('sangat tidak setuju');
    expect(scaleLabels(5)[4]?.id).toContain('sangat setuju');
  });
});
