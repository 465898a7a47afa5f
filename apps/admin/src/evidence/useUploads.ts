import { useCallback, useMemo, useState } from 'react';
import type { ApiRefusal } from '../api-errors';
import { serialRefresh } from './serial-refresh';
import { type FileUpload, type UploadTarget, uploadEvidence } from './upload';

export interface UploadRow {
  id: number;
  name: string;
  /** 0..1 of the bytes sent. */
  progress: number;
  /** Null while uploading; then the API's refusal, or a null one for a network failure. */
  failure: { refusal: ApiRefusal | null; sessionEnded: boolean } | null;
  retry: () => void;
}

/** Starts sending a file, reporting the fraction of its bytes sent. */
export type SendFile = (onProgress: (fraction: number) => void) => FileUpload;

let nextId = 1;

/**
 * Files on their way, wherever they go (a worksheet question, a follow-up), each with its
 * progress; finished ones leave, failed ones stay with the API's reason and a retry.
 */
export function useFileUploads(onUploaded: () => unknown) {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const refresh = useMemo(() => serialRefresh(onUploaded), [onUploaded]);

  const begin = useCallback(
    (name: string, send: SendFile) => {
      const id = nextId++;
      const patch = (change: Partial<UploadRow>) =>
        setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
      const run = () => {
        patch({ progress: 0, failure: null });
        void send((progress) => patch({ progress })).done.then((outcome) => {
          if (outcome.ok) {
            setRows((current) => current.filter((row) => row.id !== id));
            refresh();
          } else {
            patch({ failure: { refusal: outcome.refusal, sessionEnded: outcome.sessionEnded } });
          }
        });
      };
      setRows((current) => [...current, { id, name, progress: 0, failure: null, retry: run }]);
      run();
    },
    [refresh],
  );

  const dismiss = useCallback(
    (id: number) => setRows((current) => current.filter((row) => row.id !== id)),
    [],
  );
  return { rows, begin, dismiss };
}

/** Files on their way to a question, each with its progress; finished ones leave, failed ones stay. */
export function useUploads(target: Omit<UploadTarget, 'replaces'>, onUploaded: () => unknown) {
  const { rows, begin, dismiss } = useFileUploads(onUploaded);
  const { assessmentId, layer, code } = target;

  const start = useCallback(
    (file: File, replaces?: string) =>
      begin(file.name, (onProgress) =>
        uploadEvidence({ assessmentId, layer, code, replaces }, file, onProgress),
      ),
    [begin, assessmentId, layer, code],
  );
  return { rows, start, dismiss };
}
