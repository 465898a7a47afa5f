/** The ids a control's `aria-describedby` names: its hint, and its problem when it has one. */
export function describedBy(
  id: string,
  hint: string | undefined,
  problem: string | null,
): string | undefined {
  const ids = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldNotesProps {
  /** The control's id; the notes' ids derive from it. */
  id: string;
  hint?: string;
  problem: string | null;
  testId?: string;
}

/** The hint under a control, and why its value cannot be sent. */
export function FieldNotes({ id, hint, problem, testId }: FieldNotesProps) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__error" id={`${id}-error`} data-testid={testId && `${testId}-error`}>
          {problem}
        </p>
      )}
    </>
  );
}
