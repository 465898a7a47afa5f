import { useApolloClient } from '@apollo/client/react';
import { FollowUpFilesDocument, type FollowUpItemFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useCallback } from 'react';
import { EvidenceDropZone } from '../evidence/EvidenceDropZone';
import { UploadProgress } from '../evidence/UploadProgress';
import { useFileUploads } from '../evidence/useUploads';
import { uploadFollowUpFile } from './follow-up-files';

interface FollowUpFilesFieldProps {
  followUp: Pick<FollowUpItemFragment, 'id' | 'description'>;
}

/**
 * Attaching files while answering a follow-up: several picked or dropped at once, each uploaded at
 * once with its progress (or the API's reason for refusing it). The card lists them.
 */
export function FollowUpFilesField({ followUp }: FollowUpFilesFieldProps) {
  const t = useT();
  const client = useApolloClient();
  const { id } = followUp;
  // The list updates wherever the follow-up shows; a failed read leaves it as it was.
  const refresh = useCallback(
    () =>
      client
        .query({ query: FollowUpFilesDocument, variables: { id }, fetchPolicy: 'network-only' })
        .catch(() => undefined),
    [client, id],
  );
  const uploads = useFileUploads(refresh);
  const attach = (files: File[]) => {
    for (const file of files) {
      uploads.begin(file.name, (onProgress) => uploadFollowUpFile(id, file, onProgress));
    }
  };

  return (
    <div className="follow-up__files" data-testid="follow-up-files-field">
      <p className="follow-up__label">{t('followUpFiles.attach')}</p>
      <p className="field__hint">{t('followUpFiles.attachHint')}</p>
      <UploadProgress rows={uploads.rows} onDismiss={uploads.dismiss} />
      <EvidenceDropZone subject={followUp.description} inputTestId="follow-up-file-input" onFiles={attach} />
    </div>
  );
}
