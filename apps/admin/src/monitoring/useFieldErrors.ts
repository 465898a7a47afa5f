import { useT } from '@zi/ui';
import { refusalAt } from '../api-errors';
import { useRefusalText } from '../useRefusalText';
import type { Problems } from './form-errors';

/**
 * The message beside each field of a form: the form's own problem with it, else the API's refusal
 * naming it; and the API's refusal of no field the form shows, to show once for the whole form.
 */
export function useFieldErrors(problems: Problems, error: unknown, shown: ReadonlySet<string>) {
  const t = useT();
  const describe = useRefusalText();
  const refused = error ? refusalAt(error) : null;
  const at = (path: string): string | null => {
    const problem = problems.get(path);
    if (problem) return t(problem);
    return refused?.path === path ? describe(refused.refusal) : null;
  };
  const general = refused && !(refused.path && shown.has(refused.path)) ? describe(refused.refusal) : null;
  return { at, general };
}
