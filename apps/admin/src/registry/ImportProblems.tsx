import { type Column, DataTable, useT } from '@zi/ui';
import { useRefusalText } from '../useRefusalText';
import { type ImportProblem, problemRefusal } from './unit-import';

/**
 * The file's problems by row and column, in the viewer's words: the first ones by row when the file
 * has more than the API lists, with how many there are in all.
 */
export function ImportProblems({ problems, count }: { problems: readonly ImportProblem[]; count: number }) {
  const t = useT();
  const describe = useRefusalText();
  const columns: Column<ImportProblem>[] = [
    { key: 'row', header: t('unitImport.row'), numeric: true, cell: (problem) => problem.row },
    {
      key: 'column',
      header: t('unitImport.column'),
      cell: (problem) =>
        problem.column ? (
          <code>{problem.column}</code>
        ) : (
          <span className="muted">{t('unitImport.wholeFile')}</span>
        ),
    },
    { key: 'problem', header: t('unitImport.problem'), cell: (problem) => describe(problemRefusal(problem)) },
  ];
  return (
    <div className="alert alert--error" data-testid="import-problems">
      <h3 className="alert__title">{t('unitImport.problemsTitle', { count })}</h3>
      <p className="alert__message">{t('unitImport.problemsIntro')}</p>
      {count > problems.length && (
        <p className="alert__message" data-testid="import-problems-shown">
          {t('unitImport.problemsShown', { shown: problems.length, count })}
        </p>
      )}
      <DataTable
        caption={t('unitImport.problemsCaption')}
        columns={columns}
        rows={problems}
        rowKey={(problem) => `${problem.row}:${problem.column ?? ''}:${problem.reason}`}
        rowTestId="import-problem"
      />
    </div>
  );
}
