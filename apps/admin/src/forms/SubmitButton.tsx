interface SubmitButtonProps {
  label: string;
  /** What the button says while the form is being sent. */
  busyLabel: string;
  busy: boolean;
  testId: string;
  className?: string;
}

/** Sends the form, and cannot be pressed again until the answer is in. */
export function SubmitButton({ label, busyLabel, busy, testId, className = 'button' }: SubmitButtonProps) {
  return (
    <button type="submit" className={className} disabled={busy} data-testid={testId}>
      {busy ? busyLabel : label}
    </button>
  );
}
