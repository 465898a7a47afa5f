import { useMutation } from '@apollo/client/react';
import { type MailPreference, SetMailPreferenceDocument, type ViewerFragment } from '@zi/schema/admin';
import { useT } from '@zi/ui';
import { useId } from 'react';
import { SaveNotice } from '../forms/SaveNotice';
import { MAIL_PREFERENCES } from '../registry/enum-values';

/**
 * Whether the viewer's notifications are also mailed: each at once, in a morning digest, or not.
 * Saved as soon as it is changed.
 */
export function MailPreferenceForm({ viewer }: { viewer: Pick<ViewerFragment, 'id' | 'mailPreference'> }) {
  const t = useT();
  const headingId = useId();
  const [save, { data, loading, error, reset }] = useMutation(SetMailPreferenceDocument);

  const choose = (preference: MailPreference) => {
    reset();
    // Declared apart from the call: the cache needs the typename the generated types leave out.
    const setMailPreference = { __typename: 'User' as const, id: viewer.id, mailPreference: preference };
    // The failure is shown from the mutation's `error`; the choice then shows the saved one again.
    save({ variables: { preference }, optimisticResponse: { setMailPreference } }).catch(() => undefined);
  };

  return (
    <section className="card mail-preference" aria-labelledby={headingId} data-testid="mail-preference">
      <fieldset className="registry-fieldset">
        <legend>
          <h2 id={headingId}>{t('mailPreference.title')}</h2>
        </legend>
        <p className="field__hint">{t('mailPreference.intro')}</p>
        {MAIL_PREFERENCES.map((preference) => (
          <label key={preference} className="registry-check">
            <input
              type="radio"
              name={headingId}
              checked={viewer.mailPreference === preference}
              disabled={loading}
              data-testid={`mail-${preference}`}
              onChange={() => choose(preference)}
            />
            {t(`mailPreference.${preference}`)}
          </label>
        ))}
      </fieldset>
      <SaveNotice
        status={loading ? t('mailPreference.saving') : data ? t('mailPreference.saved') : null}
        error={error}
        testId="mail-preference-saved"
      />
    </section>
  );
}
