import {
  BENEFIT_NET,
  DECIDED_STAGES,
  CHANGE_KINDS,
  DATA_KINDS,
  DECISION_MAKERS,
  DIRECTIONS,
  EFFECTS,
  ENGAGEMENT_LEVELS,
  GROUP_KINDS,
  IMPACT_AREAS,
  LEVELS,
  PARTLY,
  REPORT_AUDIENCES,
  STAGES,
  SUPPORTS,
  TRIAGE_COSTS,
  TRIAGE_REACH,
  TRIAGE_TIMES,
  TYPES,
  YES_NO,
} from './constants';

/**
 * The structure of the guided flow, as data. Words (labels, hints, examples) live in the locale
 * files under `items.<section>.<id>`; option words under `options.<optionSet>.<value>`.
 * The form, the checks, progress, the review page and the PDF all walk this description.
 */
export type GlossaryTerm =
  | 'racialEquity'
  | 'institutionalRacism'
  | 'structuralRacism'
  | 'disaggregatedData'
  | 'disparity'
  | 'rootCause'
  | 'unintendedConsequence'
  | 'mitigation'
  | 'targetedUniversalism'
  | 'mostAffected'
  | 'livedExperience'
  | 'engagementLevel';

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  'racialEquity',
  'institutionalRacism',
  'structuralRacism',
  'disaggregatedData',
  'disparity',
  'rootCause',
  'unintendedConsequence',
  'mitigation',
  'targetedUniversalism',
  'mostAffected',
  'livedExperience',
  'engagementLevel',
];

/** Rows elsewhere in the assessment that a field can point at. */
export type LinkSource = 'sources' | 'outcomes' | 'harms';

interface Base {
  id: string;
  required?: boolean;
  /**
   * `'full'`: asked only in the Full flow. Items and columns without it are the core that Quick
   * asks too. What a Quick assessment leaves out stays stored and comes back on switching to Full.
   */
  depth?: 'full';
  /** An optional detail of a table row: folded behind "More details" in the row. */
  detail?: true;
  /**
   * A date still to come: a past one gets a warning at the field (never blocking), unless a
   * sibling field holds one of `unlessIn` (a decision date is past once the stage says decided).
   */
  future?: { unless?: { field: string; in: readonly string[] } };
  terms?: readonly GlossaryTerm[];
  /** Show only when a sibling field holds this value. */
  showIf?: { field: string; equals: string };
}
export interface TextField extends Base {
  kind: 'text' | 'longtext' | 'email' | 'number' | 'year' | 'integer' | 'date' | 'boolean';
}
export interface ChoiceField extends Base {
  kind: 'choice' | 'select' | 'multichoice';
  optionSet: string;
  options: readonly [string, ...string[]];
}
export interface GroupsField extends Base {
  kind: 'groups';
  /** One group (a select) or several (checkboxes). */
  single?: boolean;
}
export interface LinksField extends Base {
  kind: 'links';
  to: readonly LinkSource[];
}
export type Field = TextField | ChoiceField | GroupsField | LinksField;

export interface TableItem extends Base {
  kind: 'table';
  columns: readonly Field[];
  /** Short label prefix for rows (H → H1, H2 …). The one home of each prefix. */
  prefix: string;
  min: number;
}
export interface ReadinessItem extends Base {
  kind: 'readiness';
}
export type Item = Field | TableItem | ReadinessItem;

export type StepId = 'details' | 'groups' | 'q1' | 'q2' | 'q3' | 'q4' | 'q5';
export type SectionKey = 'meta' | 'groups' | 'q1' | 'q2' | 'q3' | 'q4' | 'q5';
export interface Step {
  id: StepId;
  section: SectionKey;
  /** The five questions count towards progress; details and groups do not. */
  isQuestion: boolean;
  items: readonly Item[];
}

const opt = <S extends string, O extends readonly [string, ...string[]]>(
  optionSet: S,
  options: O,
) => ({
  optionSet,
  options,
});

/**
 * Every step, kept with its literal types: the stored shape (`assessment.ts`) and its TypeScript
 * types are derived from this one description. Use `STEPS` to walk it.
 */
export const STEP_DEFS = [
  {
    id: 'details',
    section: 'meta',
    isQuestion: false,
    items: [
      { id: 'title', kind: 'text', required: true },
      { id: 'type', kind: 'choice', ...opt('type', TYPES) },
      { id: 'change', kind: 'choice', depth: 'full', ...opt('change', CHANGE_KINDS) },
      { id: 'department', kind: 'text' },
      { id: 'division', kind: 'text', depth: 'full' },
      { id: 'leadName', kind: 'text' },
      { id: 'leadTitle', kind: 'text', depth: 'full' },
      { id: 'leadEmail', kind: 'email' },
      {
        id: 'team',
        kind: 'table',
        depth: 'full',
        prefix: 'T',
        min: 0,
        columns: [
          { id: 'name', kind: 'text', required: true },
          { id: 'role', kind: 'text' },
        ],
      },
      { id: 'decisionMaker', kind: 'choice', ...opt('decisionMaker', DECISION_MAKERS) },
      {
        id: 'decisionMakerOther',
        kind: 'text',
        showIf: { field: 'decisionMaker', equals: 'other' },
      },
      {
        id: 'decisionDate',
        kind: 'date',
        future: { unless: { field: 'stage', in: DECIDED_STAGES } },
      },
      { id: 'stage', kind: 'choice', ...opt('stage', STAGES) },
      { id: 'impactAreas', kind: 'multichoice', depth: 'full', ...opt('impactArea', IMPACT_AREAS) },
      { id: 'budgetAmount', kind: 'number', showIf: { field: 'type', equals: 'budget' } },
      { id: 'fiscalYear', kind: 'year', showIf: { field: 'type', equals: 'budget' } },
    ],
  },
  {
    id: 'groups',
    section: 'groups',
    isQuestion: false,
    items: [
      {
        id: 'groups',
        kind: 'table',
        prefix: 'G',
        min: 1,
        required: true,
        terms: ['mostAffected'],
        columns: [
          { id: 'name', kind: 'text', required: true },
          { id: 'kind', kind: 'select', required: true, ...opt('groupKind', GROUP_KINDS) },
          { id: 'mostAffected', kind: 'boolean', terms: ['mostAffected'] },
        ],
      },
    ],
  },
  {
    id: 'q1',
    section: 'q1',
    isQuestion: true,
    items: [
      { id: 'proposal', kind: 'longtext', required: true },
      { id: 'problem', kind: 'longtext', required: true },
      {
        id: 'results',
        kind: 'table',
        depth: 'full',
        prefix: 'R',
        min: 1,
        required: true,
        columns: [
          { id: 'result', kind: 'longtext', required: true },
          { id: 'indicator', kind: 'longtext' },
        ],
      },
      {
        id: 'outcomes',
        kind: 'table',
        prefix: 'O',
        min: 1,
        required: true,
        terms: ['racialEquity', 'disparity', 'targetedUniversalism'],
        columns: [
          { id: 'gap', kind: 'longtext', required: true },
          { id: 'groups', kind: 'groups' },
        ],
      },
      { id: 'roomToChange', kind: 'longtext', depth: 'full' },
      {
        id: 'history',
        kind: 'longtext',
        depth: 'full',
        terms: ['institutionalRacism', 'structuralRacism'],
      },
    ],
  },
  {
    id: 'q2',
    section: 'q2',
    isQuestion: true,
    items: [
      {
        id: 'sources',
        kind: 'table',
        prefix: 'S',
        min: 1,
        required: true,
        terms: ['disaggregatedData', 'livedExperience'],
        columns: [
          { id: 'name', kind: 'text', required: true },
          { id: 'kind', kind: 'select', ...opt('dataKind', DATA_KINDS) },
          { id: 'year', kind: 'year', depth: 'full', detail: true },
          { id: 'byRace', kind: 'select', terms: ['disaggregatedData'], ...opt('partly', PARTLY) },
          { id: 'notes', kind: 'longtext', depth: 'full', detail: true },
        ],
      },
      {
        id: 'findings',
        kind: 'table',
        prefix: 'F',
        min: 1,
        required: true,
        terms: ['disparity'],
        columns: [
          { id: 'finding', kind: 'longtext', required: true },
          { id: 'groups', kind: 'groups' },
          { id: 'sources', kind: 'links', to: ['sources'], depth: 'full' },
        ],
      },
      {
        id: 'rootCauses',
        kind: 'longtext',
        required: true,
        depth: 'full',
        terms: ['rootCause', 'structuralRacism'],
      },
      { id: 'dataGaps', kind: 'longtext', required: true, depth: 'full' },
      {
        id: 'benefitBurden',
        kind: 'table',
        prefix: 'B',
        min: 2,
        required: true,
        terms: ['mostAffected'],
        columns: [
          { id: 'group', kind: 'groups', single: true, required: true },
          { id: 'benefits', kind: 'longtext' },
          { id: 'burdens', kind: 'longtext' },
          { id: 'net', kind: 'select', ...opt('net', BENEFIT_NET) },
          { id: 'size', kind: 'select', depth: 'full', detail: true, ...opt('level', LEVELS) },
        ],
      },
      { id: 'direction', kind: 'choice', required: true, ...opt('direction', DIRECTIONS) },
      { id: 'directionWhy', kind: 'longtext', required: true },
    ],
  },
  {
    id: 'q3',
    section: 'q3',
    isQuestion: true,
    items: [
      {
        id: 'engagement',
        kind: 'table',
        prefix: 'E',
        min: 1,
        required: true,
        terms: ['engagementLevel'],
        columns: [
          { id: 'method', kind: 'text', required: true },
          { id: 'date', kind: 'date' },
          { id: 'groups', kind: 'groups' },
          { id: 'people', kind: 'integer', depth: 'full', detail: true },
          { id: 'languages', kind: 'text', depth: 'full', detail: true },
          {
            id: 'supports',
            kind: 'multichoice',
            depth: 'full',
            detail: true,
            ...opt('support', SUPPORTS),
          },
          {
            id: 'level',
            kind: 'select',
            depth: 'full',
            detail: true,
            ...opt('engagementLevel', ENGAGEMENT_LEVELS),
          },
        ],
      },
      {
        id: 'levelReached',
        kind: 'select',
        required: true,
        terms: ['engagementLevel'],
        ...opt('engagementLevel', ENGAGEMENT_LEVELS),
      },
      {
        id: 'levelNeeded',
        kind: 'select',
        required: true,
        terms: ['engagementLevel'],
        ...opt('engagementLevel', ENGAGEMENT_LEVELS),
      },
      { id: 'levelWhy', kind: 'longtext', required: true, depth: 'full' },
      {
        id: 'heard',
        kind: 'table',
        prefix: 'W',
        min: 1,
        required: true,
        columns: [
          { id: 'theme', kind: 'longtext', required: true },
          { id: 'groups', kind: 'groups' },
          { id: 'wants', kind: 'longtext' },
          { id: 'effect', kind: 'select', depth: 'full', ...opt('effect', EFFECTS) },
          { id: 'why', kind: 'longtext', depth: 'full', detail: true },
        ],
      },
      { id: 'missing', kind: 'longtext', required: true },
      { id: 'feedback', kind: 'longtext', required: true, depth: 'full' },
    ],
  },
  {
    id: 'q4',
    section: 'q4',
    isQuestion: true,
    items: [
      {
        id: 'harms',
        kind: 'table',
        prefix: 'H',
        min: 1,
        required: true,
        terms: ['unintendedConsequence'],
        columns: [
          { id: 'description', kind: 'longtext', required: true },
          { id: 'groups', kind: 'groups' },
          { id: 'likelihood', kind: 'select', ...opt('level', LEVELS) },
          { id: 'severity', kind: 'select', ...opt('level', LEVELS) },
        ],
      },
      {
        id: 'mitigations',
        kind: 'table',
        prefix: 'M',
        min: 0,
        terms: ['mitigation'],
        columns: [
          { id: 'harms', kind: 'links', to: ['harms'], required: true },
          { id: 'strategy', kind: 'longtext', required: true },
          { id: 'owner', kind: 'text' },
          { id: 'due', kind: 'date', future: {} },
          { id: 'resourced', kind: 'select', depth: 'full', detail: true, ...opt('yesNo', YES_NO) },
        ],
      },
      { id: 'alternatives', kind: 'longtext', depth: 'full' },
      { id: 'residual', kind: 'longtext' },
      { id: 'readiness', kind: 'readiness', required: true, depth: 'full' },
    ],
  },
  {
    id: 'q5',
    section: 'q5',
    isQuestion: true,
    items: [
      {
        id: 'measures',
        kind: 'table',
        prefix: 'K',
        min: 1,
        required: true,
        terms: ['disaggregatedData'],
        columns: [
          { id: 'measure', kind: 'longtext', required: true },
          { id: 'byRace', kind: 'select', terms: ['disaggregatedData'], ...opt('yesNo', YES_NO) },
          { id: 'byRaceWhy', kind: 'longtext', showIf: { field: 'byRace', equals: 'no' } },
          { id: 'baseline', kind: 'text', depth: 'full', detail: true },
          { id: 'target', kind: 'text', depth: 'full', detail: true },
          { id: 'source', kind: 'text', depth: 'full', detail: true },
          { id: 'owner', kind: 'text' },
          { id: 'frequency', kind: 'text', depth: 'full', detail: true },
          { id: 'firstReport', kind: 'date', depth: 'full', detail: true, future: {} },
          { id: 'tracks', kind: 'links', to: ['outcomes', 'harms'] },
        ],
      },
      {
        id: 'reportingTo',
        kind: 'multichoice',
        required: true,
        ...opt('audience', REPORT_AUDIENCES),
      },
      { id: 'reportingHow', kind: 'longtext', required: true, depth: 'full' },
      { id: 'communityProgress', kind: 'longtext', required: true, depth: 'full' },
      { id: 'reviewDate', kind: 'date', required: true, future: {} },
      { id: 'pauseTriggers', kind: 'longtext', required: true, depth: 'full' },
      { id: 'conclusion', kind: 'longtext', required: true },
    ],
  },
] as const satisfies readonly Step[];

export const STEPS: readonly Step[] = STEP_DEFS;

export const STEP_IDS = STEPS.map((s) => s.id);
export const QUESTION_STEPS = STEPS.filter((s) => s.isQuestion);

/** A question's number (1 to 5), or undefined for the steps before the questions. */
export function questionNumber(step: Step): number | undefined {
  const i = QUESTION_STEPS.findIndex((s) => s.id === step.id);
  return i < 0 ? undefined : i + 1;
}

export function getStep(id: string): Step | undefined {
  return STEPS.find((s) => s.id === id);
}

/** The step that edits a section (`meta` → `details`). */
export function stepOfSection(section: string | undefined): StepId | undefined {
  return STEPS.find((s) => s.section === section)?.id;
}

type StepDef = (typeof STEP_DEFS)[number];
/** The literal description of the step that edits `section`. */
export type StepDefOf<S extends SectionKey> = Extract<StepDef, { section: S }>;
export type ItemDefOf<S extends SectionKey> = StepDefOf<S>['items'][number];
/** The ids of a section's tables: naming a table that is not there is a compile error. */
export type TableId<S extends SectionKey> = Extract<ItemDefOf<S>, { kind: 'table' }>['id'];
/** A table, named by its section and id. */
export type TableRef = { [S in SectionKey]: { section: S; table: TableId<S> } }[SectionKey];

export function tableItem(ref: TableRef): TableItem {
  const item = STEPS.find((s) => s.section === ref.section)?.items.find((i) => i.id === ref.table);
  if (item?.kind !== 'table') throw new Error(`No table ${ref.section}.${ref.table}`);
  return item;
}

/**
 * The triage questions asked when an assessment starts (cost, residents affected, enforcement,
 * council vote, time until the decision): their answers recommend Quick or Full (see depth.ts).
 * Words under `depth.triage.<id>`, options under `options.<optionSet>`.
 */
export const TRIAGE_DEFS = [
  { id: 'cost', kind: 'choice', ...opt('triageCost', TRIAGE_COSTS) },
  { id: 'reach', kind: 'choice', ...opt('triageReach', TRIAGE_REACH) },
  { id: 'enforcement', kind: 'choice', ...opt('yesNo', YES_NO) },
  { id: 'councilVote', kind: 'choice', ...opt('yesNo', YES_NO) },
  { id: 'time', kind: 'choice', ...opt('triageTime', TRIAGE_TIMES) },
] as const satisfies readonly ChoiceField[];

export const TRIAGE: readonly ChoiceField[] = TRIAGE_DEFS;
export type TriageId = (typeof TRIAGE_DEFS)[number]['id'];

/** Tables that other code names directly. */
export const TABLES = {
  groups: { section: 'groups', table: 'groups' },
  outcomes: { section: 'q1', table: 'outcomes' },
  results: { section: 'q1', table: 'results' },
  sources: { section: 'q2', table: 'sources' },
  benefitBurden: { section: 'q2', table: 'benefitBurden' },
  engagement: { section: 'q3', table: 'engagement' },
  heard: { section: 'q3', table: 'heard' },
  harms: { section: 'q4', table: 'harms' },
  mitigations: { section: 'q4', table: 'mitigations' },
  measures: { section: 'q5', table: 'measures' },
} as const satisfies Record<string, TableRef>;

/** Row label prefixes (G, H, M …), read from the tables' descriptions. */
export const PREFIX = Object.fromEntries(
  Object.entries(TABLES).map(([name, ref]) => [name, tableItem(ref).prefix]),
) as Record<keyof typeof TABLES, string>;

/** Where each link source's rows live, and the prefix of their short labels. */
export const LINK_SOURCES: Record<LinkSource, TableRef & { prefix: string }> = {
  sources: { ...TABLES.sources, prefix: PREFIX.sources },
  outcomes: { ...TABLES.outcomes, prefix: PREFIX.outcomes },
  harms: { ...TABLES.harms, prefix: PREFIX.harms },
};
