interface FormErrorProps {
  /** The problem that belongs to no field, in the viewer's language; null when there is none. */
  error: string | null;
  testId?: string;
}

/** The form's own problem, read out as soon as it shows. */
export function FormError({ error, testId }: FormErrorProps) {
  if (!error) return null;
  return (
    <p className="field__error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}
