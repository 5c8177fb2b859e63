import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { LANGUAGES, LANGUAGE_NAMES, currentLanguage, type Language } from '@/i18n/i18n';
import { chooseLanguage } from '@/i18n/language-preference';

/**
 * English · Español · Tiếng Việt: each name in its own language (and marked with its `lang`, so a
 * screen reader says it right). The choice is kept on this device; what was typed never changes.
 */
export function LanguageSwitch() {
  // useTranslation re-renders this on every language change; currentLanguage() reads it.
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const active = currentLanguage();

  function choose(language: Language) {
    setFailed(false);
    chooseLanguage(language).catch(() => setFailed(true));
  }

  return (
    <nav className="app-language" aria-label={t('language.label')}>
      <ul className="app-language__list">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              className="app-language__button"
              lang={language}
              aria-pressed={active === language}
              onClick={() => choose(language)}
            >
              {LANGUAGE_NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="app-language__error" role="alert">
          {t('language.failed')}
        </p>
      ) : null}
    </nav>
  );
}
