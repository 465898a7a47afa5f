import { useApolloClient } from '@apollo/client/react';
import { type AnswerLayer, AssessmentLayerDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useState } from 'react';
import { useSaveGate } from '../editing/SaveGate';
import { useRefusalText } from '../useRefusalText';
import { type ImportOutcome, importWorksheet } from './worksheet-import';

/** A layer's answers from a filled-in copy of the workbook; a bad cell saves nothing and is named. */
export function WorksheetImport({ assessmentId, layer }: { assessmentId: string; layer: AnswerLayer }) {
  const t = useT();
  const describe = useRefusalText();
  const client = useApolloClient();
  const saveGate = useSaveGate();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | { ok: false; unsaved: true } | null>(null);

  async function run(file: File) {
    setBusy(true);
    setOutcome(null);
    try {
      if (!(await saveGate.settle())) {
        setOutcome({ ok: false, unsaved: true });
        return;
      }
      const result = await importWorksheet(assessmentId, layer, file);
      if (result.ok) {
        await client.query({
          query: AssessmentLayerDocument,
          variables: { id: assessmentId, layer },
          fetchPolicy: 'network-only',
        });
      }
      setOutcome(result);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="worksheet-import">
      <label className={busy ? 'button button--secondary is-busy' : 'button button--secondary'}>
        {busy ? t('documents.importing') : t(`documents.import.${layer}`)}
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="visually-hidden"
          disabled={busy}
          data-testid={`import-xlsx-${layer.toLowerCase()}`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void run(file);
          }}
        />
      </label>
      <p className="field__hint">{t(`documents.importHint.${layer}`)}</p>
      <div aria-live="polite">
        {outcome?.ok && <p className="import-result import-result--ok">{t(`documents.imported.${layer}`)}</p>}
        {outcome && !outcome.ok && (
          <div className="alert alert--error" data-testid="import-problems">
            <p className="alert__title">{t('documents.importFailed')}</p>
            {'unsaved' in outcome ? (
              <p className="alert__message">{t('workflow.saveFirst')}</p>
            ) : outcome.problems.length > 0 ? (
              <ul className="import-problems">
                {outcome.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : (
              <p className="alert__message">
                {outcome.refusal ? describe(outcome.refusal) : t('evidence.networkFailed')}
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
