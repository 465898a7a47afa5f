import { useT } from '@zi/ui';
import { EXAMPLE_LANGUAGE_NAMES, EXAMPLE_LANGUAGES, type ExampleLanguage } from './examples';

interface ExampleLanguagePickerProps {
  value: ExampleLanguage;
  onChange: (language: ExampleLanguage) => void;
}

/** One choice for every example on the page, so a reader sees their own language throughout. */
export function ExampleLanguagePicker({ value, onChange }: ExampleLanguagePickerProps) {
  const t = useT();
  return (
    <fieldset className="choice">
      <legend className="field__label">{t('api.languageLegend')}</legend>
      <div className="choice__options">
        {EXAMPLE_LANGUAGES.map((language) => (
          <label key={language} className="choice__option">
            <input
              type="radio"
              name="example-language"
              value={language}
              checked={language === value}
              data-testid={`example-language-${language}`}
              onChange={() => onChange(language)}
            />
            {EXAMPLE_LANGUAGE_NAMES[language]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
