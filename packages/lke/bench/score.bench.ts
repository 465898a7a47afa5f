import { bench, describe } from 'vitest';
import { checkEligibility } from '../src/eligibility.js';
import { requireFramework } from '../src/frameworks/index.js';
import { whatToFixFirst } from '../src/priorities.js';
import { scoreAnswers } from '../src/score.js';
import { uniformAnswers } from '../src/testing/answers.js';

const framework = requireFramework('permenpanrb-90-2021');
const answers = uniformAnswers(framework, 'best');

// Target: scoring a full assessment well under a millisecond (`npm run bench -w @zi/lke`).
describe('full LKE assessment (113 questions, 24 counts)', () => {
  bench('scoreAnswers', () => {
    scoreAnswers(framework, answers);
  });

  bench('score + eligibility + what to fix first', () => {
    const report = scoreAnswers(framework, answers);
    whatToFixFirst(framework, report, checkEligibility(framework, report, { heldPredicates: ['WBK'] }));
  });
});
