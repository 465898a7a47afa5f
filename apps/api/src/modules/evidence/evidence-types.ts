import { fileTypeFromFile } from 'file-type';

/** What units really upload: scans and documents, spreadsheets, slides, photos, short videos. */
export const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'video/mp4': 'MP4',
};

export const allowedTypeNames = () => [...new Set(Object.values(ALLOWED_TYPES))].join(', ');

/** The type read from the file's bytes (never its name), or null when it is not allowed. */
export async function sniffAllowedType(filePath: string): Promise<string | null> {
  const detected = await fileTypeFromFile(filePath);
  return detected && detected.mime in ALLOWED_TYPES ? detected.mime : null;
}
