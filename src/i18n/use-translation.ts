import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { i18n, plainWord } from './i18n';

/**
 * The app's words in a component: what react-i18next's `useTranslation()` gives (`t` and `i18n`),
 * without its cost on every mount (a copy of the i18next instance and a new `t` per component; a
 * step mounts hundreds of components). One `t` per language, shared by every component; a
 * component re-renders when the language changes or words are added, as with react-i18next.
 */
interface Words {
  readonly t: TFunction;
  readonly i18n: typeof i18n;
}

let words: Words | undefined;
// Registered after i18n.ts's own listeners, so its remembered words are gone before components ask.
const renew = () => {
  words = undefined;
};
i18n.on('languageChanged', renew);
i18n.store.on('added', renew);

function makeWords(): Words {
  const fixed = i18n.getFixedT(i18n.language);
  const t = ((key: unknown, ...rest: unknown[]) =>
    rest.length === 0 && typeof key === 'string'
      ? plainWord(key)
      : (fixed as unknown as (...args: unknown[]) => string)(key, ...rest)) as unknown as TFunction;
  return { t, i18n };
}

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  i18n.store.on('added', onChange);
  return () => {
    i18n.off('languageChanged', onChange);
    i18n.store.off('added', onChange);
  };
}

function snapshot(): Words {
  words ??= makeWords();
  return words;
}

export function useTranslation(): Words {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
