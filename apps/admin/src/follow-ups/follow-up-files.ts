import type { FollowUpFileItemFragment } from '@zi/schema/admin';
import type { Translate } from '@zi/ui';
import { inlineUrl, isPreviewableType } from '../evidence/preview';
import { type FileUpload, uploadFile } from '../evidence/upload';

const KB = 1024;

/** A file's size as people read it, to one decimal: "12,3 KB", "1,5 MB". */
export function fileSizeText(bytes: number, t: Translate): string {
  const kilobytes = bytes / KB;
  if (kilobytes < KB)
    return t('followUpFiles.sizeKb', { size: Math.max(0.1, Math.round(kilobytes * 10) / 10) });
  return t('followUpFiles.sizeMb', { size: Math.round((kilobytes / KB) * 10) / 10 });
}

/** Where a file opens: a PDF or an image in place (in a new tab), anything else as a download. */
export function fileHref(file: Pick<FollowUpFileItemFragment, 'downloadUrl' | 'mediaType'>): {
  href: string;
  inline: boolean;
} {
  const inline = isPreviewableType(file.mediaType);
  return { href: inline ? inlineUrl(file.downloadUrl) : file.downloadUrl, inline };
}

/** Sends one file to a follow-up; the API checks who may attach and reads the type from the bytes. */
export function uploadFollowUpFile(
  followUpId: string,
  file: File,
  onProgress: (fraction: number) => void,
): FileUpload {
  return uploadFile(`/admin/follow-ups/${encodeURIComponent(followUpId)}/files`, {}, file, onProgress);
}
