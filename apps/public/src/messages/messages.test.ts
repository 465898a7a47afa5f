import { PublicRefusalReason } from '@zi/schema/public-enums';
import { appMessageProblems, translator } from '@zi/ui';
import { describe, expect, it } from 'vitest';
import { messages } from '.';

describe('the public site’s own messages', () => {
  it('have the keys and placeholders of the Indonesian ones, none empty, untrimmed or shared already', () => {
    expect(appMessageProblems(messages)).toEqual([]);
  });

  it('with the shared ones, say every reason the public API refuses with, in both languages', () => {
    const reasons = Object.values(PublicRefusalReason);
    expect(reasons).toContain(PublicRefusalReason.INVALID_CURSOR);
    for (const locale of ['id', 'en'] as const) {
      const t = translator(locale, messages);
      for (const reason of reasons)
        expect(t(`refusal.${reason}`)?.trim(), `${locale} ${reason}`).toBeTruthy();
    }
  });
});
