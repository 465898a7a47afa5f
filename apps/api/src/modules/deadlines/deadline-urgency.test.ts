import { describe, expect, it } from 'vitest';
import { AnswerLayer, AssessmentStatus } from '../assessments/assessment.entity.js';
import { currentDeadline, DEADLINE_NEAR_DAYS, DeadlineUrgency } from './deadline.js';
import type { AssessmentWindow } from './window.entity.js';

const window = { fillUntil: '2027-01-02', reviewUntil: '2027-02-28' } as AssessmentWindow;
const waitingOnUnit = (today: string) => currentDeadline(AssessmentStatus.DRAFT, window, [], today);

describe('how near a deadline is, counted from today in Indonesia', () => {
  it('counts calendar days across a month and a year, and is near from the day the reminder goes out', () => {
    const cases = [
      ['2026-12-25', 8, DeadlineUrgency.LATER],
      ['2026-12-26', DEADLINE_NEAR_DAYS, DeadlineUrgency.NEAR],
      ['2027-01-02', 0, DeadlineUrgency.NEAR],
      ['2027-01-03', -1, DeadlineUrgency.OVERDUE],
    ] as const;
    for (const [today, daysLeft, urgency] of cases) {
      expect(waitingOnUnit(today)).toMatchObject({
        layer: AnswerLayer.UNIT,
        until: '2027-01-02',
        daysLeft,
        urgency,
      });
    }
  });

  it('has none once nothing waits', () => {
    expect(currentDeadline(AssessmentStatus.EVALUATED, window, [], '2026-12-25')).toBeNull();
  });
});
