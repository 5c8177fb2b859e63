// The home page ships only the English words it shows: these top-level groups of en.json,
// tree-shaken from its named exports. Every other word (questions, glossary, checks, the PDF)
// loads with the wizard or the PDF, through `all-words.ts`. A group the home page starts using
// goes here, and only here: `i18n.ts` takes the whole list.
export {
  app,
  backup,
  common,
  device,
  errors,
  language,
  list,
  options,
  pdf,
  pwa,
  screenError,
  steps,
  submission,
} from './locales/en.json';
