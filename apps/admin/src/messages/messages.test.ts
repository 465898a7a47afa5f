import { appMessageProblems } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STATUSES } from '../registry/enum-values';
import { messages } from '.';

describe('the portal’s own messages', () => {
  it('have the keys and placeholders of the Indonesian ones, none empty, untrimmed or shared already', () => {
    expect(appMessageProblems(messages)).toEqual([]);
  });

  it('explain every status of a worksheet', () => {
    for (const [locale, dictionary] of Object.entries(messages)) {
      for (const status of ASSESSMENT_STATUSES) {
        expect(dictionary[`statusHelp.${status}`], `${locale} ${status}`).toBeTruthy();
      }
    }
  });
});
