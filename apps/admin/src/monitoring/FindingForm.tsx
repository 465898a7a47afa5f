import { useMutation } from '@apollo/client/react';
import { MonitoringRoundDocument, RecordFindingDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useReducer, useState } from 'react';
import { UnitChecklist } from '../coaching/UnitChecklist';
import { jakartaToday } from '../deadlines/deadlines';
import { AreaField } from '../forms/AreaField';
import { FormFooter } from '../forms/FormFooter';
import { InputField } from '../forms/InputField';
import { TextAreaField } from '../forms/TextAreaField';
import {
  blankFinding,
  changeFinding,
  type FindingChange,
  type FindingDraft,
  fieldPaths,
  findingInput,
  followUpPath,
  MAX_ROWS,
  missingFields,
  recommendationPath,
} from './finding-draft';
import { required } from './form-errors';
import { type ScopeUnit, withFinding } from './round-grid';
import { useFieldErrors } from './useFieldErrors';

interface FindingFormProps {
  roundId: string;
  unitId: string;
  /** The round's other units, any of which the same finding may hold for. */
  otherUnits: readonly ScopeUnit[];
  onCancel: () => void;
  onRecorded: () => void;
}

type Errors = ReturnType<typeof useFieldErrors>;

/**
 * A finding with its recommendations, each with the follow-ups the unit owes: rows are added and
 * removed freely, and the whole is saved at once or, when the API refuses a field, not at all.
 */
export function FindingForm({ roundId, unitId, otherUnits, onCancel, onRecorded }: FindingFormProps) {
  const t = useT();
  const [draft, dispatch] = useReducer(changeFinding, undefined, blankFinding);
  const [checked, setChecked] = useState(false);
  const [record, { loading, error, reset }] = useMutation(RecordFindingDocument);
  const errors = useFieldErrors(required(checked ? missingFields(draft) : []), error, fieldPaths(draft));

  const change = (edit: FindingChange) => {
    reset();
    dispatch(edit);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (missingFields(draft).size > 0) return;
    await record({
      variables: { input: findingInput(draft, roundId, unitId) },
      update: (cache, { data }) => {
        const finding = data?.recordFinding;
        if (!finding) return;
        cache.updateQuery({ query: MonitoringRoundDocument, variables: { id: roundId } }, (round) =>
          round?.monitoringRound ? { monitoringRound: withFinding(round.monitoringRound, finding) } : round,
        );
        // The follow-ups lists ask again: new items are on them.
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'followUps' });
      },
    });
    onRecorded();
  }

  return (
    // The failure is shown from the mutation's `error`.
    <form
      className="dialog__form finding-form"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <AreaField
        label={t('monitoring.findingArea')}
        emptyLabel={t('monitoring.noArea')}
        error={errors.at('area')}
        testId="finding-area"
        value={draft.area}
        onChange={(area) => change({ type: 'area', area })}
      />
      <TextAreaField
        label={t('monitoring.findingDescription')}
        error={errors.at('description')}
        testId="finding-description"
        rows={3}
        value={draft.description}
        onChange={(value) => change({ type: 'finding', field: 'description', value })}
      />
      {draft.recommendations.map((recommendation, index) => (
        <RecommendationFields
          key={recommendation.key}
          draft={draft}
          index={index}
          errors={errors}
          onChange={change}
        />
      ))}
      {otherUnits.length > 0 && (
        <UnitChecklist
          units={otherUnits}
          invited={draft.alsoUnitIds}
          onChange={(unitIds, chosen) => change({ type: 'alsoUnits', unitIds, chosen })}
          error={errors.at('alsoUnitIds')}
          legend={t('monitoring.alsoUnits', { count: draft.alsoUnitIds.length })}
          testId="finding-also-units"
        />
      )}
      {draft.recommendations.length < MAX_ROWS && (
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="add-recommendation"
          onClick={() => change({ type: 'addRecommendation' })}
        >
          {t('monitoring.addRecommendation')}
        </button>
      )}
      <FormFooter
        error={errors.general}
        errorTestId="finding-error"
        label={t('monitoring.saveFinding')}
        busyLabel={t('monitoring.saving')}
        busy={loading}
        submitTestId="finding-save"
        onCancel={onCancel}
      />
    </form>
  );
}

interface RowProps {
  draft: FindingDraft;
  index: number;
  errors: Errors;
  onChange: (change: FindingChange) => void;
}

function RecommendationFields({ draft, index, errors, onChange }: RowProps) {
  const t = useT();
  const recommendation = draft.recommendations[index];
  if (!recommendation) return null;
  const number = index + 1;
  return (
    <fieldset className="finding-form__recommendation" data-testid="recommendation">
      <legend>{t('monitoring.recommendationNumber', { number })}</legend>
      <TextAreaField
        label={t('monitoring.recommendationDescription')}
        error={errors.at(recommendationPath(index))}
        testId={`recommendation-${index}-description`}
        rows={2}
        value={recommendation.description}
        onChange={(value) => onChange({ type: 'recommendation', index, value })}
      />
      {recommendation.followUps.map((followUp, row) => (
        <FollowUpFields
          key={followUp.key}
          draft={draft}
          recommendation={index}
          index={row}
          errors={errors}
          onChange={onChange}
        />
      ))}
      <div className="inline">
        {recommendation.followUps.length < MAX_ROWS && (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid={`add-follow-up-${index}`}
            onClick={() => onChange({ type: 'addFollowUp', recommendation: index })}
          >
            {t('monitoring.addFollowUp')}
            <span className="visually-hidden"> {t('monitoring.recommendationNumber', { number })}</span>
          </button>
        )}
        {draft.recommendations.length > 1 && (
          <button
            type="button"
            className="button button--link button--danger"
            data-testid={`remove-recommendation-${index}`}
            onClick={() => onChange({ type: 'removeRecommendation', index })}
          >
            {t('monitoring.removeRecommendation', { number })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function FollowUpFields({
  draft,
  recommendation,
  index,
  errors,
  onChange,
}: Omit<RowProps, 'index'> & { recommendation: number; index: number }) {
  const t = useT();
  const rows = draft.recommendations[recommendation]?.followUps ?? [];
  const followUp = rows[index];
  if (!followUp) return null;
  const testId = `follow-up-${recommendation}-${index}`;
  const edit = (field: 'description' | 'ownerName' | 'dueOn', value: string) =>
    onChange({ type: 'followUp', recommendation, index, field, value });
  return (
    <fieldset className="finding-form__follow-up" data-testid="follow-up-row">
      <legend>{t('monitoring.followUpNumber', { number: index + 1 })}</legend>
      <TextAreaField
        label={t('monitoring.followUpDescription')}
        error={errors.at(followUpPath(recommendation, index, 'description'))}
        testId={`${testId}-description`}
        rows={2}
        value={followUp.description}
        onChange={(value) => edit('description', value)}
      />
      <div className="finding-form__follow-up-fields">
        <InputField
          label={t('monitoring.followUpOwner')}
          error={errors.at(followUpPath(recommendation, index, 'ownerName'))}
          testId={`${testId}-owner`}
          value={followUp.ownerName}
          onChange={(value) => edit('ownerName', value)}
        />
        <InputField
          label={t('monitoring.followUpDue')}
          error={errors.at(followUpPath(recommendation, index, 'dueOn'))}
          testId={`${testId}-due`}
          type="date"
          min={jakartaToday()}
          value={followUp.dueOn}
          onChange={(value) => edit('dueOn', value)}
        />
      </div>
      {rows.length > 1 && (
        <button
          type="button"
          className="button button--link button--danger"
          data-testid={`remove-${testId}`}
          onClick={() => onChange({ type: 'removeFollowUp', recommendation, index })}
        >
          {t('monitoring.removeFollowUp', { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
