import { useT } from '@zi/ui';
import { type RefObject, useId } from 'react';
import { FilePicker } from './FilePicker';
import { ImportProblems } from './ImportProblems';
import { ImportRows } from './ImportRows';
import { ImportSummary } from './ImportSummary';
import { canCommit, changesOf, type ImportReport, rowsNotListed } from './unit-import';

interface ImportPreviewProps {
  /** The heading the reader is taken to when the preview appears. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  fileName: string;
  report: ImportReport;
  saving: boolean;
  onCommit: () => void;
  onChooseAnother: (file: File) => void;
}

/** What saving the file would do, its problems first; saving waits until there are none. */
export function ImportPreview({
  headingRef,
  fileName,
  report,
  saving,
  onCommit,
  onChooseAnother,
}: ImportPreviewProps) {
  const t = useT();
  const noteId = useId();
  const blocked = report.problemCount > 0;
  return (
    <div className="registry-result" data-testid="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('unitImport.previewTitle', { name: fileName })}
      </h3>
      <ImportSummary summary={report.summary} />
      {blocked && <ImportProblems problems={report.problems} count={report.problemCount} />}
      {report.rows.length > 0 && (
        <>
          <h4>{t('unitImport.rowsTitle')}</h4>
          <ImportRows rows={report.rows} notListed={rowsNotListed(report)} />
        </>
      )}
      <p className="field__hint" id={noteId}>
        {blocked ? t('unitImport.blocked') : changesOf(report) === 0 && t('unitImport.nothingToSave')}
      </p>
      <div className="inline">
        <button
          type="button"
          className="button"
          disabled={saving || !canCommit(report)}
          aria-describedby={noteId}
          data-testid="import-commit"
          onClick={onCommit}
        >
          {saving ? t('unitImport.committing') : t('unitImport.commit', { count: changesOf(report) })}
        </button>
        <FilePicker
          label={t('unitImport.chooseAnother')}
          secondary
          disabled={saving}
          testId="unit-import-file"
          onFile={onChooseAnother}
        />
      </div>
    </div>
  );
}
