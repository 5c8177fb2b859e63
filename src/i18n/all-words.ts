// Every English word. The home page ships only the groups it shows (see `i18n.ts`); importing
// this module (the wizard, and the view models behind the review page and the PDF) adds the rest
// before anything renders them. Read as text (`?raw`), the same en.json is a module apart from
// the home page's named imports, which stay tree-shaken.
import text from './locales/en.json?raw';
import { i18n } from './i18n';

i18n.addResourceBundle('en', 'translation', JSON.parse(text) as object, true, false);
