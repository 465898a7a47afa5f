import { useCallback, useEffect, useMemo, useState } from 'react';
import { browserStorage } from '../editing/unsaved-store';
import { parseMarks, type ReturnMarks, toggleMark } from './return-marks';

/** Marks to return questions, kept in the browser until the return is sent: reasons take time to write. */
export function useReturnMarks(user: string, assessmentId: string): ReturnMarks {
  const key = `zi.returns.v1.${user}.${assessmentId}`;
  const [marked, setMarked] = useState(() => parseMarks(browserStorage()?.getItem(key) ?? null));

  useEffect(() => {
    try {
      if (marked.size === 0) browserStorage()?.removeItem(key);
      else browserStorage()?.setItem(key, JSON.stringify([...marked]));
    } catch {
      // Kept for this page only.
    }
  }, [key, marked]);

  const toggle = useCallback((code: string) => setMarked((current) => toggleMark(current, code)), []);
  const setReason = useCallback(
    (code: string, reason: string) => setMarked((current) => new Map(current).set(code, reason)),
    [],
  );
  const clear = useCallback(() => setMarked(new Map()), []);
  return useMemo(() => ({ marked, toggle, setReason, clear }), [marked, toggle, setReason, clear]);
}
