import { useApolloClient } from '@apollo/client/react';
import { useT } from '@zi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ApiRefusal } from '../api-errors';
import { SessionEnded } from '../auth/SessionEnded';
import { useRefusalText } from '../useRefusalText';
import { FilePicker } from './FilePicker';
import { ImportPreview } from './ImportPreview';
import { sectionSearch } from './sections';
import { type ImportReport, sendUnitFile } from './unit-import';
import { forgetUnitLists } from './units-cache';

/** Where the import stands: a file to choose, its preview (being saved or not), or what was saved. */
type Step =
  | { step: 'choose' }
  | { step: 'reading'; file: File }
  | { step: 'preview'; file: File; report: ImportReport; saving: boolean }
  | { step: 'done'; report: ImportReport };

/**
 * The units list from a file, in two steps: a preview that names every problem by row and column and
 * saves nothing, then, once there is none, the same file saved (every row, or none).
 */
export function UnitImport() {
  const t = useT();
  const describe = useRefusalText();
  const client = useApolloClient();
  const headingId = useId();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>({ step: 'choose' });
  // undefined: no failure; null: the network failed.
  const [failure, setFailure] = useState<ApiRefusal | null | undefined>(undefined);
  const [sessionEnded, setSessionEnded] = useState(false);

  // A preview or a result replaces what was there: the reader is taken to its heading.
  useEffect(() => {
    if (step.step === 'preview' || step.step === 'done') resultRef.current?.focus();
  }, [step.step]);

  async function send(file: File, commit: boolean, shown: Step) {
    setFailure(undefined);
    const outcome = await sendUnitFile(file, commit);
    if (!outcome.ok) {
      setSessionEnded(outcome.sessionEnded);
      setFailure(outcome.refusal);
      setStep(shown);
      return;
    }
    if (outcome.report.committed) {
      forgetUnitLists(client.cache);
      setStep({ step: 'done', report: outcome.report });
    } else setStep({ step: 'preview', file, report: outcome.report, saving: false });
  }

  const preview = (file: File) => {
    setStep({ step: 'reading', file });
    void send(file, false, { step: 'choose' });
  };

  if (sessionEnded) return <SessionEnded />;
  return (
    <section className="card registry-card" aria-labelledby={headingId} data-testid="unit-import">
      <h2 id={headingId}>{t('unitImport.title')}</h2>
      <p>{t('unitImport.intro')}</p>
      <p className="field__hint">{t('unitImport.columns')}</p>
      <p className="field__hint">{t('unitImport.matching')}</p>
      {step.step === 'choose' && (
        <FilePicker label={t('unitImport.choose')} testId="unit-import-file" onFile={preview} />
      )}
      <div aria-live="polite">
        {step.step === 'reading' && (
          <p className="loading">{t('unitImport.reading', { name: step.file.name })}</p>
        )}
        {failure !== undefined && (
          <div className="alert alert--error" data-testid="import-failed">
            <p className="alert__title">{t('unitImport.failed')}</p>
            <p className="alert__message">{failure ? describe(failure) : t('unitImport.networkFailed')}</p>
          </div>
        )}
      </div>
      {step.step === 'preview' && (
        <ImportPreview
          headingRef={resultRef}
          fileName={step.file.name}
          report={step.report}
          saving={step.saving}
          onChooseAnother={preview}
          onCommit={() => {
            setStep({ ...step, saving: true });
            void send(step.file, true, { ...step, saving: false });
          }}
        />
      )}
      {step.step === 'done' && (
        <div className="registry-result" data-testid="import-done">
          <h3 ref={resultRef} tabIndex={-1}>
            {t('unitImport.done', {
              create: step.report.summary.create,
              update: step.report.summary.update,
              unchanged: step.report.summary.unchanged,
            })}
          </h3>
          <div className="inline">
            <Link className="button" to={{ search: sectionSearch('units') }} data-testid="import-view-units">
              {t('unitImport.viewUnits')}
            </Link>
            <FilePicker label={t('unitImport.again')} secondary testId="unit-import-file" onFile={preview} />
          </div>
        </div>
      )}
    </section>
  );
}
