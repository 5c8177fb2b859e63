/** Constants of the domain. Change SCHEMA_VERSION only together with a migration in migrations.ts. */
export const SCHEMA_VERSION = 2;

export const MAX_ANSWER_LENGTH = 100_000;
export const MAX_SHORT_LENGTH = 2_000;

export const TYPES = ['policy', 'program', 'budget', 'practice', 'service', 'other'] as const;
export const CHANGE_KINDS = ['new', 'change', 'review'] as const;
export const DECISION_MAKERS = ['council', 'manager', 'departmentHead', 'other'] as const;
export const STAGES = ['idea', 'design', 'preDecision', 'implementation', 'postReview'] as const;
export const IMPACT_AREAS = [
  'housing',
  'jobs',
  'transportation',
  'publicSafety',
  'environment',
  'health',
  'parks',
  'cityServices',
  'workforce',
  'contracting',
  'technology',
  'engagement',
  'other',
] as const;
export const STATUSES = ['draft', 'readyForReview', 'submitted', 'reviewed'] as const;
export const GROUP_KINDS = [
  'race',
  'income',
  'language',
  'disability',
  'age',
  'immigration',
  'tenure',
  'geography',
  'other',
] as const;
export const DATA_KINDS = ['numbers', 'communityInput', 'livedExperience'] as const;
export const PARTLY = ['yes', 'partly', 'no'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const BENEFIT_NET = ['benefit', 'burden', 'mixed', 'neutral', 'unknown'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const DIRECTIONS = ['close', 'keep', 'widen'] as const;
/** Spectrum of community engagement: 0 ignore … 5 defer to community. Stored as the number. */
export const ENGAGEMENT_LEVELS = ['0', '1', '2', '3', '4', '5'] as const;
export const SUPPORTS = [
  'interpretation',
  'childcare',
  'food',
  'stipend',
  'timing',
  'place',
] as const;
export const EFFECTS = ['changed', 'partly', 'notChanged'] as const;
export const READINESS_KEYS = ['realistic', 'funded', 'staffed', 'enforceable', 'data'] as const;
export const READINESS_ANSWERS = ['yes', 'no', 'unsure'] as const;
export const REPORT_AUDIENCES = ['equityTeam', 'council', 'community', 'public'] as const;

/** How deep an assessment goes: Quick asks the core of each question, Full asks everything. */
export const DEPTHS = ['quick', 'full'] as const;
/** Triage answers (words and thresholds in the locale files, `options.triage*`). */
export const TRIAGE_COSTS = ['small', 'medium', 'large'] as const;
export const TRIAGE_REACH = ['few', 'some', 'many'] as const;
export const TRIAGE_TIMES = ['weeks', 'months', 'longer'] as const;

/** Suggested groups: U.S. federal race and ethnicity categories and common overlapping factors. */
export const GROUP_SUGGESTIONS = [
  { key: 'aian', kind: 'race' },
  { key: 'asian', kind: 'race' },
  { key: 'black', kind: 'race' },
  { key: 'hispanic', kind: 'race' },
  { key: 'mena', kind: 'race' },
  { key: 'nhpi', kind: 'race' },
  { key: 'white', kind: 'race' },
  { key: 'lowIncome', kind: 'income' },
  { key: 'lep', kind: 'language' },
  { key: 'disabled', kind: 'disability' },
  { key: 'seniors', kind: 'age' },
  { key: 'youth', kind: 'age' },
  { key: 'immigrants', kind: 'immigration' },
  { key: 'renters', kind: 'tenure' },
] as const;

/** How long an edit waits before it is written, in milliseconds. */
export const SAVE_DEBOUNCE_MS = 400;

/*
 * Readiness and consistency checks (consistency.ts). They are warnings: they never block saving,
 * submitting or export.
 */
/** A data source more than this many years old is flagged. */
export const SOURCE_MAX_AGE_YEARS = 5;
/** An answer longer than this many characters should not appear word for word in two places. */
export const DUPLICATE_MIN_LENGTH = 200;
/** A harm this likely or this severe needs a mitigation. */
export const SERIOUS_LEVELS: readonly (typeof LEVELS)[number][] = ['medium', 'high'];
/** Overall effects of a benefit/burden row that count as a burden (besides a filled-in burden). */
export const BURDEN_NETS: readonly (typeof BENEFIT_NET)[number][] = ['burden', 'mixed'];
/** "Broken down by race?" answers that count as broken down, for data sources. */
export const BY_RACE_GIVEN: readonly (typeof PARTLY)[number][] = ['yes', 'partly'];
/** Stages at which the decision has been made, so a past decision date is expected. */
export const DECIDED_STAGES: readonly (typeof STAGES)[number][] = ['implementation', 'postReview'];
/** Kinds of group whose members may have limited English. */
export const LIMITED_ENGLISH_KINDS: readonly (typeof GROUP_KINDS)[number][] = ['language'];
/**
 * Words (lower case) that name English in a "languages offered" answer, in the languages staff
 * write in, and words that name no language ("English only", "tiếng Anh"). Any other word counts
 * as another language offered, so the check errs toward silence.
 */
export const ENGLISH_WORDS: readonly string[] = ['english', 'eng', 'en', 'inglés', 'ingles', 'anh'];
export const NOT_A_LANGUAGE_WORDS: readonly string[] = [
  'only',
  'and',
  'solo',
  'sólo',
  'solamente',
  'y',
  'chỉ',
  'tiếng',
  'và',
];
