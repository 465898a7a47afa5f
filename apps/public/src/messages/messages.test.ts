import { appMessageProblems } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '.';

describe('the public site’s own messages', () => {
  it('have the keys and placeholders of the Indonesian ones, none empty, untrimmed or shared already', () => {
    expect(appMessageProblems(messages)).toEqual([]);
  });
});
