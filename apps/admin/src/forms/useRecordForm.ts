import { useState } from 'react';
import { inputErrorOf } from '../api-errors';
import { useRefusalText } from '../useRefusalText';

/** What the form needs of the mutation it sends (Apollo's result of `useMutation`). */
interface SentMutation {
  loading: boolean;
  error?: unknown;
  reset: () => void;
}

interface RecordFormOptions<V, F extends string, P> {
  initial: () => V;
  /** What keeps the values from being sent, by field; empty when they may be. */
  problemsOf: (values: V) => Partial<Record<F, P>>;
  problemText: (problem: P, field: F) => string;
  /** The form's field an API refusal names by its input field; null for a refusal of the whole form. */
  fieldOf: (apiField: string | null) => F | null;
  /** The mutation the form sends: creating a record, or updating the one edited. */
  mutation: SentMutation;
}

export interface RecordForm<V, F extends string> {
  values: V;
  /** Changes one value; the API's last refusal goes, as it was about the values before. */
  change: <K extends keyof V>(field: K, value: V[K]) => void;
  /** What to say beside a field: its own problem once the form was sent, else the API's refusal of it. */
  problemOf: (field: F) => string | null;
  /** The API's refusal that names no field of the form, in words. */
  formError: string | null;
  /** Shows the problems from now on; whether the values may be sent. */
  check: () => boolean;
  loading: boolean;
}

/**
 * A form that registers or edits one record (a unit, a person): values checked as the API checks
 * them once the form is first sent, and the API's refusal shown beside the field it names.
 */
export function useRecordForm<V extends object, F extends string, P>({
  initial,
  problemsOf,
  problemText,
  fieldOf,
  mutation,
}: RecordFormOptions<V, F, P>): RecordForm<V, F> {
  const describe = useRefusalText();
  const [values, setValues] = useState<V>(initial);
  const [checked, setChecked] = useState(false);
  const problems: Partial<Record<F, P>> = checked ? problemsOf(values) : {};
  const refused = mutation.error ? inputErrorOf(mutation.error) : null;
  const refusedField = refused ? fieldOf(refused.field) : null;
  return {
    values,
    change: (field, value) => {
      mutation.reset();
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    problemOf: (field) => {
      const problem = problems[field];
      if (problem !== undefined) return problemText(problem, field);
      return refused && refusedField === field ? describe(refused.refusal) : null;
    },
    formError: refused && !refusedField ? describe(refused.refusal) : null,
    check: () => {
      setChecked(true);
      return Object.keys(problemsOf(values)).length === 0;
    },
    loading: mutation.loading,
  };
}
