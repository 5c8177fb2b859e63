import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  changeLanguage,
  i18n,
  isLanguage,
  type Language,
} from './i18n';

/** The language chosen with the switch in the header, kept per device. */
export const LANGUAGE_KEY = 'equity-decision-tool:language';

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The first of the browser's languages that the app speaks ("es-MX" → "es"), if any. */
export function browserLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((l) => l === primary);
    if (match) return match;
  }
  return undefined;
}

/** The choice kept on this device; else the browser's language when the app speaks it; else English. */
export function preferredLanguage(): Language {
  return storedLanguage() ?? browserLanguage() ?? DEFAULT_LANGUAGE;
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

let following = false;

/**
 * Before the first render: keeps `<html lang dir>` in step with the language and switches to the
 * preferred one. If its words cannot be loaded the app stays in English rather than not starting.
 */
export async function startLanguage(): Promise<void> {
  if (!following) {
    following = true;
    i18n.on('languageChanged', applyToDocument);
  }
  applyToDocument(i18n.language);
  try {
    await changeLanguage(preferredLanguage());
  } catch {
    await changeLanguage(DEFAULT_LANGUAGE);
  }
}

/** The switch in the header: remembers the choice on this device, then changes every word. */
export async function chooseLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  applyToDocument(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage unavailable: the choice lasts until the tab closes.
  }
}
