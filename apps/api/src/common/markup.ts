const ENTITIES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&#39;',
  '"': '&quot;',
};

/** Text made safe in HTML or XML, in content and in quoted attributes alike. */
export const escapeMarkup = (text: string) => text.replace(/[<>&'"]/g, (c) => ENTITIES[c] ?? c);
