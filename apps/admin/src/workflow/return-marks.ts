/** Questions the evaluator marks to return to the unit, each with the reason to give. */
export interface ReturnMarks {
  marked: ReadonlyMap<string, string>;
  toggle: (code: string) => void;
  setReason: (code: string, reason: string) => void;
  clear: () => void;
}

export function toggleMark(marked: ReadonlyMap<string, string>, code: string): Map<string, string> {
  const next = new Map(marked);
  if (next.has(code)) next.delete(code);
  else next.set(code, '');
  return next;
}

/** The marks as the API's `returns`; null while a reason is missing. */
export function returnsOf(marked: ReadonlyMap<string, string>): { code: string; reason: string }[] | null {
  const returns = [...marked].map(([code, reason]) => ({ code, reason: reason.trim() }));
  return returns.length > 0 && returns.every((item) => item.reason !== '') ? returns : null;
}

export function parseMarks(stored: string | null): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(parsed)) return new Map();
    return new Map(
      parsed.filter(
        (entry): entry is [string, string] =>
          Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}
