import type { FollowUpFileItemFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import type { ReactNode } from 'react';
import { fileHref, fileSizeText } from './follow-up-files';

interface FollowUpFileListProps {
  files: readonly FollowUpFileItemFragment[];
  /** What may be done with each file while answering (remove it). */
  actions?: (file: FollowUpFileItemFragment) => ReactNode;
}

/** A follow-up's files: PDFs and images open in a new tab, anything else downloads. */
export function FollowUpFileList({ files, actions }: FollowUpFileListProps) {
  const t = useT();
  return (
    <ul className="evidence-list" aria-label={t('followUpFiles.title')}>
      {files.map((file) => {
        const { href, inline } = fileHref(file);
        return (
          <li key={file.id} className="evidence-item" data-testid="follow-up-file">
            {inline ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                className="evidence-item__name"
                data-testid="follow-up-file-link"
              >
                {file.name}
                <span className="visually-hidden"> {t('followUpFiles.opensInNewTab')}</span>
              </a>
            ) : (
              <a href={href} download className="evidence-item__name" data-testid="follow-up-file-link">
                {file.name}
              </a>
            )}
            <span className="cell-note">
              {fileSizeText(file.size, t)}
              {file.addedByName && ` · ${t('followUpFiles.addedBy', { name: file.addedByName })}`}
            </span>
            {actions?.(file)}
          </li>
        );
      })}
    </ul>
  );
}
