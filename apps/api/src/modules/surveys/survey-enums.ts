import { registerEnumType } from 'type-graphql';

/** How a mean on the survey's scale becomes the worksheet's 0–4 value (@zi/lke `ScaleConversion`). */
export enum ScaleConversion {
  PROPORTIONAL = 'proportional',
  LINEAR = 'linear',
}
registerEnumType(ScaleConversion, {
  name: 'ScaleConversion',
  valuesConfig: {
    PROPORTIONAL: { description: 'value = mean × 4 ÷ points: a 1–4 scale passes its mean through.' },
    LINEAR: { description: 'value = (mean − 1) × 4 ÷ (points − 1): the scale’s 1 is 0, its top is 4.' },
  },
});

/** The formula that sizes the sample from the service users (@zi/lke `SampleMethod`). */
export enum SampleMethod {
  KREJCIE_MORGAN = 'krejcie_morgan',
  SLOVIN = 'slovin',
}
registerEnumType(SampleMethod, { name: 'SampleMethod' });

/** Why a response is left out of the indices. */
export enum ExclusionReason {
  TEST_ENTRY = 'test_entry',
  DUPLICATE = 'duplicate',
  OUTSIDE_PERIOD = 'outside_period',
  NOT_A_USER = 'not_a_user',
  OTHER = 'other',
}
registerEnumType(ExclusionReason, {
  name: 'ExclusionReason',
  valuesConfig: {
    TEST_ENTRY: { description: 'Filled in to try the form.' },
    DUPLICATE: { description: 'The same person answered twice.' },
    OUTSIDE_PERIOD: { description: 'About a service received outside the period.' },
    NOT_A_USER: { description: 'Not from someone who received the service.' },
    OTHER: { description: 'Another reason, said in the note.' },
  },
});

/** What the platform noticed about a response when it came in; the unit decides what it means. */
export enum ResponseFlag {
  TOO_FAST = 'too_fast',
  NO_TIMING = 'no_timing',
  SAME_ANSWERS = 'same_answers',
}
registerEnumType(ResponseFlag, {
  name: 'ResponseFlag',
  valuesConfig: {
    TOO_FAST: { description: 'Answered faster than the statements can be read.' },
    NO_TIMING: { description: 'Sent without the form’s signed start time.' },
    SAME_ANSWERS: {
      description: 'The same service and ratings from the same network address earlier that day.',
    },
  },
});
