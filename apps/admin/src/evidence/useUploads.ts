import { useCallback, useState } from 'react';
import type { ApiRefusal } from '../api-errors';
import { type UploadTarget, uploadEvidence } from './upload';

export interface UploadRow {
  id: number;
  name: string;
  /** 0..1 of the bytes sent. */
  progress: number;
  /** Null while uploading; then the API's refusal, or a null one for a network failure. */
  failure: { refusal: ApiRefusal | null; sessionEnded: boolean } | null;
  retry: () => void;
}

let nextId = 1;

/** Files on their way to a question, each with its progress; finished ones leave, failed ones stay. */
export function useUploads(target: Omit<UploadTarget, 'replaces'>, onUploaded: () => unknown) {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const { assessmentId, layer, code } = target;

  const start = useCallback(
    (file: File, replaces?: string) => {
      const id = nextId++;
      const patch = (change: Partial<UploadRow>) =>
        setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
      const run = () => {
        patch({ progress: 0, failure: null });
        const upload = uploadEvidence({ assessmentId, layer, code, replaces }, file, (progress) =>
          patch({ progress }),
        );
        void upload.done.then((outcome) => {
          if (outcome.ok) {
            setRows((current) => current.filter((row) => row.id !== id));
            onUploaded();
          } else {
            patch({ failure: { refusal: outcome.refusal, sessionEnded: outcome.sessionEnded } });
          }
        });
      };
      setRows((current) => [...current, { id, name: file.name, progress: 0, failure: null, retry: run }]);
      run();
    },
    [assessmentId, layer, code, onUploaded],
  );

  const dismiss = useCallback(
    (id: number) => setRows((current) => current.filter((row) => row.id !== id)),
    [],
  );
  return { rows, start, dismiss };
}
