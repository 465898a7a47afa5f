import type { Request, Response } from 'express';

/**
 * The languages the platform writes its documents in: Bahasa Indonesia first, English second
 * (decision 0052). Numbers keep the Indonesian style in both (83,71), as the worksheet writes them.
 */
export type DocumentLanguage = 'id' | 'en';

/** The same words in each language: a sentence missing in one fails the type check. */
export type Wording<T> = Readonly<Record<DocumentLanguage, T>>;

const isLanguage = (value: unknown): value is DocumentLanguage => value === 'id' || value === 'en';

/**
 * The reader's language for a document: `?lang=` as the portal sends it from the language the
 * reader chose, else the first of ours in Accept-Language, else Bahasa Indonesia.
 */
export function documentLanguageOf(request: Pick<Request, 'query' | 'headers'>): DocumentLanguage {
  const asked = request.query.lang;
  if (isLanguage(asked)) return asked;
  for (const part of (request.headers['accept-language'] ?? '').split(',')) {
    const primary = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'id';
}

/** The reader's language for the document this response carries, said in its `Content-Language`. */
export function answerInReadersLanguage(request: Request, response: Response): DocumentLanguage {
  const language = documentLanguageOf(request);
  response.set('Content-Language', language);
  return language;
}

/** A day `YYYY-MM-DD` as a document in this language writes it: "7 Desember 2026", "7 December 2026". */
export const documentDate = (language: DocumentLanguage, day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
