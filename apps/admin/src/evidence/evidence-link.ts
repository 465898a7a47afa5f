import { type MessageKey, safeHref } from '@zi/ui';

export type LinkProblems = Partial<Record<'url' | 'name', MessageKey>>;

/** What is missing or not a web link, said before asking the API. */
export function linkProblems(url: string, name: string): LinkProblems {
  const problems: LinkProblems = {};
  if (!url.trim()) problems.url = 'form.required';
  else if (!safeHref(url.trim())) problems.url = 'monitoring.linkInvalid';
  if (!name.trim()) problems.name = 'form.required';
  return problems;
}
