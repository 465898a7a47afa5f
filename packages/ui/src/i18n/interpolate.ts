import { numberFormat } from '../format/number';

export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; numbers are formatted for the locale, unknown names stay visible. */
export function interpolate(template: string, params: MessageParams | undefined, intlTag: string): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numberFormat(intlTag, 0, 3).format(value) : value;
  });
}

/** The placeholder names a template uses, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}
