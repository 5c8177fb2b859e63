// The build-time half of the PDF speed seam (the run-time half is
// src/features/pdf-export/shaping-cache.ts). react-pdf's pagination lives inside
// @react-pdf/layout's single module, out of reach at run time, so these patches are applied to its
// source as it is bundled (Vite `transform`): the app's worker, the unit tests (vite.config.ts
// inlines the module for them) and `npm run bench:pdf`.
//
// Each patch names the exact text it replaces; if @react-pdf/layout no longer contains that text
// exactly once, the build fails with the patch's name (and tests/features/pdf-export/
// pagination-patch.test.ts fails), so an upgrade can never silently lose the speed-up or run
// half-patched code. @react-pdf/layout is pinned through @react-pdf/renderer 4.9.0.
//
// What the patches do (the PDF is byte for byte the same; see pagination-patch.test.ts):
// - "Page x of y" makes react-pdf paginate the whole document twice: a first round only to learn
//   the page count, then the real one. The first round's pages are thrown away, yet each was laid
//   out again (styles, Yoga, text) after its content was packed. The first round now only counts.
// - While paginating, a text laid out once is not laid out again for the same attributed string
//   (text, fonts and every style attribute), width, height and options: the footer, identical on
//   every page, and each page's "Page x of y", measured once for the page's flow region and again
//   when the page is built. The memo lives for one pagination.

/** Where the patch state lives, shared with the app code that reports it (pagination-seam.ts). */
export const PAGINATION_SEAM_KEY = 'equity-decision-tool.react-pdf-pagination';

/** The bundled module the patches apply to. */
export const LAYOUT_MODULE = /[\\/]@react-pdf[\\/]layout[\\/]lib[\\/]index\.js$/;

const STATE = `
const paginationSeam = (globalThis[Symbol.for(${JSON.stringify(PAGINATION_SEAM_KEY)})] ??= {
    enabled: true,
    applied: ['count-only-first-round', 'pagination-text-memo'],
    paginations: 0,
    relayoutsSkipped: 0,
    textLayouts: 0,
    textLayoutsReused: 0,
    textMemo: null,
});
const paginationMemoIds = new WeakMap();
let paginationMemoNextId = 0;
const paginationMemoId = (value) => {
    if (value === null || value === undefined)
        return '-';
    let id = paginationMemoIds.get(value);
    if (id === undefined) {
        paginationMemoNextId += 1;
        id = paginationMemoNextId;
        paginationMemoIds.set(value, id);
    }
    return id;
};
const isPlainValue = (value) => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value) ||
    (typeof value === 'object' && Object.values(value).every((v) => ['string', 'number', 'boolean', 'undefined'].includes(typeof v)));
// Everything layoutText's result depends on, or undefined when something cannot be keyed exactly
// (an image attachment, exclusions, a value that is not plain data).
const textLayoutKey = (attributedString, container, options) => {
    if (container.exclusions)
        return undefined;
    const runs = [];
    for (const run of attributedString.runs) {
        const { font, attachment, ...rest } = run.attributes || {};
        if (attachment)
            return undefined;
        for (const value of Object.values(rest))
            if (!isPlainValue(value))
                return undefined;
        runs.push([run.start, run.end, (font || []).map(paginationMemoId), rest]);
    }
    if (typeof options.hyphenationCallback !== 'function' && options.hyphenationCallback !== null)
        return undefined;
    return JSON.stringify([
        attributedString.string,
        runs,
        String(container.width),
        String(container.height),
        container.maxLines ?? null,
        container.truncateMode ?? null,
        options.hyphenationPenalty ?? null,
        paginationMemoId(options.hyphenationCallback),
    ]);
};
`;

/** Each patch: a name, the exact text it expects once in the module, and what replaces it. */
export const PAGINATION_PATCHES = [
  {
    name: 'state',
    find: "import { createPaginator } from '@react-pdf/paginate';\n",
    replace: `import { createPaginator } from '@react-pdf/paginate';\n${STATE}`,
  },
  {
    name: 'pagination-text-memo',
    find: `const layoutText = (node, width, height, fontStore) => {
    const attributedString = getAttributedString(fontStore, node);
    const container = getContainer(width, height, node);
    const options = getLayoutOptions(fontStore, node);
    const lines = engine(attributedString, container, options);
    return lines.reduce((acc, line) => [...acc, ...line], []);
};`,
    replace: `const layoutText = (node, width, height, fontStore) => {
    const attributedString = getAttributedString(fontStore, node);
    const container = getContainer(width, height, node);
    const options = getLayoutOptions(fontStore, node);
    const memo = paginationSeam.textMemo;
    const key = memo ? textLayoutKey(attributedString, container, options) : undefined;
    if (memo)
        paginationSeam.textLayouts += 1;
    if (key !== undefined && memo.has(key)) {
        paginationSeam.textLayoutsReused += 1;
        return memo.get(key);
    }
    const lines = engine(attributedString, container, options);
    const flat = lines.reduce((acc, line) => [...acc, ...line], []);
    if (key !== undefined)
        memo.set(key, flat);
    return flat;
};`,
  },
  {
    name: 'count-only-first-round: split',
    find: 'const splitPage = (page, props, { fontStore, yoga }) => {',
    replace: 'const splitPage = (page, props, { fontStore, yoga, countOnly }) => {',
  },
  {
    name: 'count-only-first-round: build',
    find: '        pages.push(relayoutPage(built, fontStore, yoga));',
    replace: `        if (countOnly) {
            paginationSeam.relayoutsSkipped += 1;
            pages.push(built);
        }
        else
            pages.push(relayoutPage(built, fontStore, yoga));`,
  },
  {
    name: 'count-only-first-round: rounds',
    find: `    const ctx1 = { totals: null, fontStore, yoga: root.yoga };
    const round1 = paginateDocument(root, ctx1);
    if (!needsTotalsRound(root))
        return round1.root;
    const totals = {
        totalPages: round1.root.children.length,
        subTotals: round1.subTotals,
    };
    const ctx2 = { ...ctx1, totals };
    return paginateDocument(root, ctx2).root;`,
    replace: `    const twoRounds = needsTotalsRound(root);
    const on = paginationSeam.enabled;
    paginationSeam.paginations += 1;
    paginationSeam.textMemo = on ? new Map() : null;
    try {
        // With a second round to come, the first only counts pages: its pages are thrown away.
        const ctx1 = { totals: null, fontStore, yoga: root.yoga, countOnly: on && twoRounds };
        const round1 = paginateDocument(root, ctx1);
        if (!twoRounds)
            return round1.root;
        const totals = {
            totalPages: round1.root.children.length,
            subTotals: round1.subTotals,
        };
        const ctx2 = { ...ctx1, totals, countOnly: false };
        return paginateDocument(root, ctx2).root;
    }
    finally {
        paginationSeam.textMemo = null;
    }`,
  },
];

/**
 * Applies every patch to @react-pdf/layout's source, or throws naming the first patch whose
 * target is missing or not unique.
 * @param {string} code
 * @returns {string}
 */
export function patchLayoutSource(code) {
  let out = code;
  for (const patch of PAGINATION_PATCHES) {
    const count = out.split(patch.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `react-pdf pagination patch "${patch.name}": expected its target once in @react-pdf/layout, found it ${count} times. ` +
          'The library changed: update scripts/react-pdf-pagination.mjs (see docs/decisions/0003).',
      );
    }
    out = out.replace(patch.find, () => patch.replace);
  }
  return out;
}

/** The Vite plugin: patches @react-pdf/layout wherever it is bundled or loaded through Vite. */
export function reactPdfPagination() {
  return {
    name: 'react-pdf-pagination',
    enforce: 'pre',
    transform(code, id) {
      if (!LAYOUT_MODULE.test(id.split('?')[0] ?? id)) return null;
      return { code: patchLayoutSource(code), map: null };
    },
  };
}
