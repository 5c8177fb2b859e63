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
//   when the page is built. The memo lives for one layout of the document: a text measured by
//   the first pass (Yoga over the whole document) is not laid out again when the output page it
//   lands on is laid out, unless it was split.

/** Where the patch state lives, shared with the app code that reports it (pagination-seam.ts). */
export const PAGINATION_SEAM_KEY = 'equity-decision-tool.react-pdf-pagination';

/** The bundled module the patches apply to. */
export const LAYOUT_MODULE = /[\\/]@react-pdf[\\/]layout[\\/]lib[\\/]index\.js$/;

const STATE = `
const paginationSeam = (globalThis[Symbol.for(${JSON.stringify(PAGINATION_SEAM_KEY)})] ??= {
    enabled: true,
    applied: ['count-only-first-round', 'pagination-text-memo', 'layout-text-memo'],
    paginations: 0,
    relayoutsSkipped: 0,
    textLayouts: 0,
    textLayoutsReused: 0,
    textMemo: null,
});
paginationSeam.stylesKept ??= 0;
// Every text textkit lays out (memo or not).
paginationSeam.textsLaidOut ??= 0;
paginationSeam.keepStyles = false;
// The key of the page size styles were resolved for (see 'resolved-styles').
const styleContainerKeys = new WeakMap();
const styleContainerKey = (container) => {
    let key = styleContainerKeys.get(container);
    if (key === undefined) {
        key = [container.width, container.height, container.orientation, container.dpi, container.remBase].join('|');
        styleContainerKeys.set(container, key);
    }
    return key;
};
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
    paginationSeam.textsLaidOut += 1;
    const lines = engine(attributedString, container, options);
    const flat = lines.reduce((acc, line) => [...acc, ...line], []);
    if (key !== undefined)
        memo.set(key, flat);
    return flat;
};`,
  },
  {
    // A page laid out again (each output page, each flow region measured) resolved every node's
    // style again from the style the first pass had already resolved (and inherited, and given
    // its radii). A node whose style was resolved for a page of the same size keeps it: the node
    // carries the page's key, through every copy made of it; inheritance still runs. What
    // resolving again changed is a numeric lineHeight, multiplied by the font size once more,
    // which only text laid out again reads: the page layout's, made afresh (no key, resolved as
    // before), and the output of render props, so a document with render props in its pages
    // keeps nothing (keepStyles, set for each pagination).
    name: 'resolved-styles',
    find: `const resolveNodeStyles = (container) => (node) => {
    const style = computeStyle(container, node);
    // Split fragments re-enter through page relayout; keep their mark.
    const wasSplit = node.wasSplit ?? false;
    if (!node.children) {
        return Object.assign({}, node, { style, wasSplit });
    }
    const children = node.children.map(resolveNodeStyles(container));
    return Object.assign({}, node, { style, wasSplit, children });`,
    replace: `const resolveNodeStyles = (container) => (node) => {
    const stylesResolvedFor = paginationSeam.enabled ? styleContainerKey(container) : undefined;
    const kept = paginationSeam.keepStyles && stylesResolvedFor !== undefined && node.style &&
        node.stylesResolvedFor === stylesResolvedFor;
    if (kept)
        paginationSeam.stylesKept += 1;
    const style = kept ? node.style : computeStyle(container, node);
    // Split fragments re-enter through page relayout; keep their mark.
    const wasSplit = node.wasSplit ?? false;
    if (!node.children) {
        return Object.assign({}, node, { style, wasSplit, stylesResolvedFor });
    }
    const children = node.children.map(resolveNodeStyles(container));
    return Object.assign({}, node, { style, wasSplit, stylesResolvedFor, children });`,
  },
  {
    // Yoga's results are copied into each node, then each node copied again without its Yoga
    // node, every time a page is laid out: one copy each instead of two (and no `delete`, which
    // leaves V8 a slow dictionary object). The same keys in the same order.
    name: 'one-copy: persist',
    find: `    const newNode = Object.assign({}, node, { box });
    if (!node.children)
        return newNode;
    const children = node.children.map(persistDimensions);
    return Object.assign({}, newNode, { children });`,
    replace: `    const newNode = Object.assign({}, node, { box });
    if (!node.children)
        return newNode;
    const children = node.children.map(persistDimensions);
    if (paginationSeam.enabled) {
        newNode.children = children;
        return newNode;
    }
    return Object.assign({}, newNode, { children });`,
  },
  {
    name: 'one-copy: destroy',
    find: `const destroyYogaNodes = (node) => {
    const newNode = Object.assign({}, node);
    delete newNode.yogaNode;`,
    replace: `const destroyYogaNodes = (node) => {
    if (paginationSeam.enabled) {
        const { yogaNode, ...newNode } = node;
        if (node.children)
            newNode.children = node.children.map(destroyYogaNodes);
        return newNode;
    }
    const newNode = Object.assign({}, node);
    delete newNode.yogaNode;`,
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
    // The memo of the whole layout (see 'layout-text-memo') when there is one, else one of its own.
    const ownMemo = on && !paginationSeam.textMemo;
    if (ownMemo)
        paginationSeam.textMemo = new Map();
    // Styles are kept only where no render prop can lay text out again from them.
    paginationSeam.keepStyles = on && !root.children.some(hasDynamic);
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
        if (ownMemo)
            paginationSeam.textMemo = null;
        paginationSeam.keepStyles = false;
    }`,
  },
  {
    // The memo of text layouts spans the whole layout, not only pagination: a Text laid out by the
    // first pass (Yoga's measure of the whole document) and again, unchanged, for the output page
    // it lands on, or measured twice by Yoga for the same width, is laid out once. The key is
    // everything the layout depends on (textLayoutKey), so what is reused is what would be made.
    name: 'layout-text-memo',
    find: `const layout = asyncCompose(resolveZIndex, `,
    replace: `const layout = async (...args) => {
    // wholeLayoutMemo: false keeps the memo to pagination (tests of what reaches textkit).
    if (!paginationSeam.enabled || paginationSeam.wholeLayoutMemo === false || paginationSeam.textMemo)
        return layoutSteps(...args);
    paginationSeam.textMemo = new Map();
    try {
        return await layoutSteps(...args);
    }
    finally {
        paginationSeam.textMemo = null;
    }
};
const layoutSteps = asyncCompose(resolveZIndex, `,
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

/** The bundled textkit module (react-pdf's text layout, imported by @react-pdf/layout). */
export const TEXTKIT_MODULE = /[\\/]@react-pdf[\\/]textkit[\\/]lib[\\/]textkit\.js$/;

/**
 * Text that bidi resolves to level 0 throughout, in a paragraph that is not right-to-left: only
 * characters below Hebrew (U+0590; Latin, Greek, Cyrillic, Armenian, combining marks, digits,
 * punctuation and controls, none of them strong right-to-left or an Arabic number), Latin
 * Extended Additional and Greek Extended (Vietnamese letters), spaces, general punctuation
 * without the bidi marks and controls (U+200B–U+200F, U+2028–U+202F, U+2060–U+206F), currency
 * signs and letterlike symbols. In such text every number follows a left-to-right start (rule
 * W7) and every neutral lies between left-to-right types (N1), so each level is the paragraph's,
 * 0. Anything else goes to bidi as before.
 */
export const LEFT_TO_RIGHT_ONLY =
  // eslint-disable-next-line no-control-regex -- controls below U+0590 resolve to level 0 too
  /^[\u0000-\u058F\u1E00-\u1FFF\u2000-\u200A\u2010-\u2027\u2030-\u205F\u20A0-\u20CF\u2100-\u214F]*$/;

const TEXTKIT_STATE = `
const textkitSeamKey = Symbol.for(${JSON.stringify(PAGINATION_SEAM_KEY)});
const textkitSeamOn = () => globalThis[textkitSeamKey]?.enabled !== false;
// Counts a shortcut taken (read by the tests); always true.
const textkitSeamCount = (name) => {
    const state = globalThis[textkitSeamKey];
    if (state)
        state[name] = (state[name] ?? 0) + 1;
    return true;
};
const LEFT_TO_RIGHT_ONLY = /${LEFT_TO_RIGHT_ONLY.source}/;
`;

/**
 * Patches to textkit, switched on and off with the pagination patches (the same `enabled`, so
 * pagination-patch.test.ts compares the PDF with and without all of them, byte for byte). Each
 * gives exactly what the code it skips would give:
 * - bidi: text that can only resolve to level 0 (see LEFT_TO_RIGHT_ONLY) gets its levels without
 *   running the Unicode bidi algorithm over every character of every Text;
 * - mirroring: text with no right-to-left run is not rebuilt character by character (nothing in
 *   it is mirrored);
 * - font substitution: the font stack is walked without copying it (with the last font added)
 *   for every character.
 */
export const TEXTKIT_PATCHES = [
  {
    name: 'textkit-state',
    find: 'const bidi$1 = bidiFactory();\n',
    replace: `const bidi$1 = bidiFactory();\n${TEXTKIT_STATE}`,
  },
  {
    name: 'textkit: left-to-right bidi levels',
    find: '        const { levels } = bidi.getEmbeddingLevels(string, direction);\n',
    replace: `        const { levels } = direction !== 'rtl' && textkitSeamOn() && LEFT_TO_RIGHT_ONLY.test(string) &&
            textkitSeamCount('bidiSkipped')
            ? { levels: new Uint8Array(string.length) }
            : bidi.getEmbeddingLevels(string, direction);
`,
  },
  {
    name: 'textkit: no mirroring without right-to-left runs',
    find: `    return (attributedString) => {
        const levels = getBidiLevels(attributedString.runs);
`,
    replace: `    return (attributedString) => {
        if (textkitSeamOn() &&
            attributedString.runs.every((run) => run.attributes.bidiLevel % 2 !== 1) &&
            textkitSeamCount('mirroringSkipped'))
            return { ...attributedString, string: attributedString.string };
        const levels = getBidiLevels(attributedString.runs);
`,
  },
  {
    name: 'textkit: font stack walked in place',
    find: `    const fontStackWithFallback = [...fontStack, lastFont];
    for (let i = 0; i < fontStackWithFallback.length; i += 1) {
        const font = fontStackWithFallback[i];
`,
    replace: `    const inPlace = textkitSeamOn();
    const fontStackWithFallback = inPlace ? fontStack : [...fontStack, lastFont];
    const fonts = inPlace ? fontStack.length + 1 : fontStackWithFallback.length;
    for (let i = 0; i < fonts; i += 1) {
        const font = inPlace && i === fontStack.length ? lastFont : fontStackWithFallback[i];
`,
  },
];

/**
 * Applies every patch of `patches` to `code`, or throws naming the first patch whose target is
 * missing or not unique.
 * @param {string} code
 * @param {readonly { name: string; find: string; replace: string }[]} patches
 * @param {string} library
 * @returns {string}
 */
function applyPatches(code, patches, library) {
  let out = code;
  for (const patch of patches) {
    const count = out.split(patch.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `react-pdf patch "${patch.name}": expected its target once in ${library}, found it ${count} times. ` +
          'The library changed: update scripts/react-pdf-pagination.mjs (see docs/decisions/0003).',
      );
    }
    out = out.replace(patch.find, () => patch.replace);
  }
  return out;
}

/**
 * Applies every patch to @react-pdf/textkit's source, or throws naming the first patch whose
 * target is missing or not unique.
 * @param {string} code
 * @returns {string}
 */
export function patchTextkitSource(code) {
  return applyPatches(code, TEXTKIT_PATCHES, '@react-pdf/textkit');
}

/**
 * The Vite plugin: patches @react-pdf/layout and @react-pdf/textkit wherever they are bundled or
 * loaded through Vite.
 */
export function reactPdfPagination() {
  return {
    name: 'react-pdf-pagination',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (LAYOUT_MODULE.test(file)) return { code: patchLayoutSource(code), map: null };
      if (TEXTKIT_MODULE.test(file)) return { code: patchTextkitSource(code), map: null };
      return null;
    },
  };
}
