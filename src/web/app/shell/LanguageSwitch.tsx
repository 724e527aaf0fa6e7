import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageOf } from '../../i18n/index.ts';

/** VI | EN toggle. The choice is remembered on this browser and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n);
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="lang-switch__option"
          aria-pressed={current === language}
          lang={language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span aria-hidden>{language.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${language}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
