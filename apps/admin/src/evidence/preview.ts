/** How a file can be shown in place: the API serves these inline with `?inline=1`. */
export type PreviewKind = 'image' | 'pdf';

const BY_EXTENSION: Readonly<Record<string, PreviewKind>> = {
  pdf: 'pdf',
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
};

/**
 * Whether an evidence file gets a preview, and of which kind. The list does not carry the media
 * type, so the file name's extension decides whether to offer the button; the API checks the type it
 * read from the bytes at upload and serves anything else as a download. Links have no preview.
 */
export function previewKind(item: { name: string; downloadUrl?: string | null }): PreviewKind | null {
  if (!item.downloadUrl) return null;
  const extension = /\.([a-z0-9]+)$/i.exec(item.name.trim())?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}

/** Where the browser shows the file in place rather than downloading it. */
export function inlineUrl(downloadUrl: string): string {
  return `${downloadUrl}?inline=1`;
}

const PREVIEWABLE_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
]);

/** Whether the API serves a file of this media type (read from its bytes at upload) in place. */
export function isPreviewableType(mediaType: string): boolean {
  return PREVIEWABLE_TYPES.has(mediaType);
}
