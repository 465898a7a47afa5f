import { useMutation } from '@apollo/client/react';
import { ActionPlanDocument, AddActionPlanItemDocument } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { type FormEvent, useId, useState } from 'react';
import { jakartaToday } from '../deadlines/deadlines';
import { AreaField } from '../forms/AreaField';
import { FormError } from '../forms/FormError';
import { InputField } from '../forms/InputField';
import { SubmitButton } from '../forms/SubmitButton';
import { TextAreaField } from '../forms/TextAreaField';
import { Field } from '../monitoring/Field';
import { NO_PROBLEMS } from '../monitoring/form-errors';
import { QUARTERS } from '../monitoring/quarters';
import { useFieldErrors } from '../monitoring/useFieldErrors';
import {
  blankPlanItem,
  PLAN_ITEM_PATHS,
  type PlanItemDraft,
  planItemInput,
  planItemProblems,
} from './action-plan';

interface PlanItemFormProps {
  unitId: string;
  year: number;
}

/** Adds an activity to the unit's plan of the year: in which area, what it produces, by when, by whom. */
export function PlanItemForm({ unitId, year }: PlanItemFormProps) {
  const t = useT();
  const headingId = useId();
  const [draft, setDraft] = useState<PlanItemDraft>(() => blankPlanItem(year, jakartaToday()));
  const [checked, setChecked] = useState(false);
  const [added, setAdded] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddActionPlanItemDocument);
  const errors = useFieldErrors(checked ? planItemProblems(draft) : NO_PROBLEMS, error, PLAN_ITEM_PATHS);

  const edit = (patch: Partial<PlanItemDraft>) => {
    reset();
    setAdded(false);
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setAdded(false);
    const { area } = draft;
    if (planItemProblems(draft).size > 0 || !area) return;
    await add({
      variables: { input: planItemInput({ ...draft, area }, unitId, year) },
      refetchQueries: [{ query: ActionPlanDocument, variables: { unitId, year } }],
      awaitRefetchQueries: true,
    });
    // The next activity is often in the same area and quarter.
    setDraft({ ...draft, activity: '', output: '' });
    setChecked(false);
    setAdded(true);
  }

  return (
    <section className="plan-item-form card" aria-labelledby={headingId} data-testid="plan-item-form">
      <h2 id={headingId}>{t('actionPlan.addTitle')}</h2>
      {/* The failure is shown from the mutation's `error`. */}
      <form noValidate onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <div className="plan-item-form__fields">
          <AreaField
            label={t('actionPlan.area')}
            emptyLabel={t('actionPlan.chooseArea')}
            error={errors.at('area')}
            testId="plan-area"
            value={draft.area}
            onChange={(area) => edit({ area })}
          />
          <Field
            label={t('actionPlan.targetQuarter')}
            error={errors.at('targetQuarter')}
            testId="plan-quarter"
          >
            {(control) => (
              <select
                {...control}
                className="field__control"
                value={draft.targetQuarter}
                onChange={(event) =>
                  edit({
                    targetQuarter: QUARTERS.find((quarter) => String(quarter) === event.target.value) ?? 1,
                  })
                }
              >
                {QUARTERS.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t(`actionPlan.quarter.${quarter}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextAreaField
          label={t('actionPlan.activity')}
          error={errors.at('activity')}
          testId="plan-activity"
          rows={2}
          value={draft.activity}
          onChange={(activity) => edit({ activity })}
        />
        <div className="plan-item-form__fields">
          <InputField
            label={t('actionPlan.output')}
            hint={t('actionPlan.outputHint')}
            error={errors.at('output')}
            testId="plan-output"
            value={draft.output}
            onChange={(output) => edit({ output })}
          />
          <InputField
            label={t('actionPlan.personInCharge')}
            error={errors.at('personInCharge')}
            testId="plan-person"
            value={draft.personInCharge}
            onChange={(personInCharge) => edit({ personInCharge })}
          />
        </div>
        <FormError error={errors.general} testId="plan-error" />
        <SubmitButton
          label={t('actionPlan.add')}
          busyLabel={t('monitoring.saving')}
          busy={loading}
          testId="plan-add"
        />
        <p role="status" data-testid="plan-added">
          {added && t('actionPlan.added')}
        </p>
      </form>
    </section>
  );
}
