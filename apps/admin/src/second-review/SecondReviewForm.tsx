import { useMutation } from '@apollo/client/react';
import { SetSecondReviewDocument, type ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { SaveNotice } from '../forms/SaveNotice';

type Setting = Pick<NonNullable<ViewerFragment['instansi']>, 'id' | 'secondReview'>;

/**
 * For admins: whether a TPI approval in their instansi waits for the team lead's (ketua tim)
 * confirmation. Saved as soon as it is changed.
 */
export function SecondReviewForm({ instansi }: { instansi: Setting }) {
  const t = useT();
  const headingId = useId();
  const introId = useId();
  const [save, { data, loading, error, reset }] = useMutation(SetSecondReviewDocument);

  const change = (required: boolean) => {
    reset();
    // Declared apart from the call: the cache needs the typename the generated types leave out.
    const setSecondReview = { __typename: 'Instansi' as const, id: instansi.id, secondReview: required };
    // The failure is shown from the mutation's `error`; the box then shows the saved setting again.
    save({ variables: { required }, optimisticResponse: { setSecondReview } }).catch(() => undefined);
  };

  return (
    <section className="second-review card" aria-labelledby={headingId} data-testid="second-review">
      <h2 id={headingId}>{t('secondReview.title')}</h2>
      <p className="field__hint" id={introId}>
        {t('secondReview.intro')}
      </p>
      <p className="field__hint">{t('secondReview.scope')}</p>
      <label className="second-review__toggle">
        <input
          type="checkbox"
          checked={instansi.secondReview}
          disabled={loading}
          aria-describedby={introId}
          data-testid="second-review-required"
          onChange={(event) => change(event.target.checked)}
        />
        {t('secondReview.required')}
      </label>
      <SaveNotice
        className="second-review__done"
        status={
          loading
            ? t('secondReview.saving')
            : data
              ? t(data.setSecondReview.secondReview ? 'secondReview.savedOn' : 'secondReview.savedOff')
              : null
        }
        error={error}
        testId="second-review-saved"
      />
    </section>
  );
}
