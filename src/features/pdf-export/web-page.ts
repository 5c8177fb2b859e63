import type {
  Answer,
  Block,
  ReadinessBlock,
  SectionModel,
  TableBlock,
} from '@/view-model/sections';
import type { AppendixLine } from '@/view-model/checks';
import type { Fact } from '@/view-model/cover';
import { i18n } from '@/i18n/i18n';
import type { PdfModel } from './pdf-model';
import { COLORS } from './document/palette';

/**
 * "Download as web page": the PDF's content (the same `PdfModel`: cover, every answer and table,
 * open checks, glossary, review block, footer facts) as one self-contained HTML file. Semantic
 * headings (h1 title, h2 per section, h3 per sub-prompt), tables with `th` and `scope`, lists.
 * No scripts and no requests: everything is inline, and a Content-Security-Policy forbids loading
 * anything at all. Prints cleanly and reads on a phone (tables scroll sideways on their own).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text as HTML text or attribute value: nothing typed can become markup. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Ids for the contents' links: the section's own id, a readable fixed prefix for the rest. */
const sectionId = (s: SectionModel) => `section-${s.id}`;

function paragraphs(text: string, className = ''): string {
  const cls = className === '' ? '' : ` class="${className}"`;
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p${cls}>${escapeHtml(p)}</p>`)
    .join('\n');
}

function answer(a: Answer): string {
  switch (a.state) {
    case 'answered':
      return paragraphs(a.text, 'answer');
    case 'notAnswered':
      return `<p class="not-answered">${escapeHtml(i18n.t('pdf.answer.notAnswered'))}</p>`;
    case 'notKnown':
      return [
        '<div class="not-known">',
        `<p class="not-known__title">${escapeHtml(i18n.t('pdf.answer.notKnown'))}</p>`,
        `<p class="answer">${escapeHtml(
          a.plan.trim() === ''
            ? i18n.t('pdf.answer.noPlan')
            : i18n.t('pdf.answer.plan', { plan: a.plan }),
        )}</p>`,
        a.date === '' ? '' : `<p>${escapeHtml(i18n.t('checksView.knownBy', { date: a.date }))}</p>`,
        '</div>',
      ].join('\n');
  }
}

function facts(list: readonly Fact[], label: string): string {
  const rows = list
    .map(
      (f) =>
        `<tr><th scope="row">${escapeHtml(f.label)}</th><td class="answer">${escapeHtml(f.value)}</td></tr>`,
    )
    .join('\n');
  return `<table class="facts" aria-label="${escapeHtml(label)}">\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** A table in a region of its own that scrolls sideways on a narrow screen (focusable to scroll). */
function scroller(headingId: string, table: string): string {
  return `<div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0">\n${table}\n</div>`;
}

const cellText = (cell: string | null): string =>
  cell === null ? '' : cell === '' ? escapeHtml(i18n.t('pdf.table.empty')) : escapeHtml(cell);

function gridTable(block: TableBlock, headingId: string): string {
  const head = [i18n.t('pdf.table.label'), ...block.columns.map((c) => c.label)]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = block.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells
          .map((c) => `<td class="answer">${cellText(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table aria-labelledby="${headingId}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Wide tables as in the PDF: the first column, then the others as "Label: value" lines. */
function detailsTable(block: TableBlock, headingId: string): string {
  const [primary, ...rest] = block.columns;
  const head = [i18n.t('pdf.table.label'), primary?.label ?? '', i18n.t('pdf.table.details')]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = block.rows
    .map((row) => {
      const [first = '', ...others] = row.cells;
      const details = rest
        .flatMap((c, i) => (others[i] === null ? [] : [{ column: c, value: others[i] ?? '' }]))
        .map(
          ({ column, value }) =>
            `<span class="detail"><span class="detail__label">${escapeHtml(column.label)}:</span> ${cellText(value)}</span>`,
        )
        .join('\n');
      return `<tr><th scope="row">${escapeHtml(row.label)}</th><td class="answer">${cellText(first)}</td><td>${details}</td></tr>`;
    })
    .join('\n');
  return `<table aria-labelledby="${headingId}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function readinessTable(block: ReadinessBlock, headingId: string): string {
  const head = [
    i18n.t('pdf.readiness.question'),
    i18n.t('pdf.readiness.answer'),
    i18n.t('pdf.readiness.note'),
  ]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = block.rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.question)}</th><td>${escapeHtml(
          r.answer === '' ? i18n.t('pdf.answer.notAnswered') : r.answer,
        )}</td><td class="answer">${cellText(r.note)}</td></tr>`,
    )
    .join('\n');
  return `<table aria-labelledby="${headingId}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function block(b: Block, sectionKey: string): string {
  const headingId = `item-${sectionKey}-${b.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const number = b.number === '' ? '' : `<span class="number">${escapeHtml(b.number)}</span> `;
  const heading = `<h3 id="${headingId}">${number}${escapeHtml(b.label)}</h3>`;
  let body: string;
  if (b.kind === 'answer') body = answer(b.answer);
  else if (b.status) body = answer(b.status);
  else if (b.kind === 'readiness') body = scroller(headingId, readinessTable(b, headingId));
  else if (b.rows.length === 0) body = '';
  else
    body = scroller(
      headingId,
      b.layout === 'grid' ? gridTable(b, headingId) : detailsTable(b, headingId),
    );
  return `<div class="block">\n${heading}\n${body}\n</div>`;
}

function section(s: SectionModel): string {
  const id = sectionId(s);
  return [
    `<section aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading"><span class="kicker">${escapeHtml(s.kicker)}</span> ${escapeHtml(s.heading)}</h2>`,
    ...s.blocks.map((b) => block(b, s.id)),
    '</section>',
  ].join('\n');
}

function checkEntry(line: AppendixLine, reason?: string): string {
  return [
    '<li>',
    `<p>${escapeHtml(line.sentence)}</p>`,
    line.rows === '' ? '' : `<p class="muted">${escapeHtml(line.rows)}</p>`,
    reason === undefined ? '' : `<p class="answer">${escapeHtml(reason)}</p>`,
    '</li>',
  ].join('\n');
}

function checks(model: PdfModel): string {
  const c = model.checks;
  return [
    '<section aria-labelledby="checks-heading">',
    `<h2 id="checks-heading">${escapeHtml(c.title)}</h2>`,
    `<p class="muted">${escapeHtml(c.intro)}</p>`,
    c.open.length === 0
      ? `<p><strong>${escapeHtml(c.none)}</strong></p>`
      : `<ol class="checks">\n${c.open.map((l) => checkEntry(l)).join('\n')}\n</ol>`,
    c.notApplicable.length === 0
      ? ''
      : `<h3>${escapeHtml(c.notApplicableTitle)}</h3>\n<ol class="checks checks--done">\n${c.notApplicable
          .map((l) => checkEntry(l, l.reason))
          .join('\n')}\n</ol>`,
    '</section>',
  ].join('\n');
}

function glossary(model: PdfModel): string {
  const g = model.glossary;
  return [
    '<section aria-labelledby="glossary-heading">',
    `<h2 id="glossary-heading">${escapeHtml(g.title)}</h2>`,
    `<p class="muted">${escapeHtml(g.intro)}</p>`,
    '<dl class="glossary">',
    ...g.entries.map((e) => `<dt>${escapeHtml(e.term)}</dt>\n<dd>${escapeHtml(e.definition)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

/** The blank block the equity team fills in on paper, as in the PDF. */
function reviewer(): string {
  const t = (key: string) => escapeHtml(i18n.t(`pdf.reviewer.${key}` as 'pdf.reviewer.title'));
  return [
    '<section class="review" aria-labelledby="review-heading">',
    `<h2 id="review-heading">${t('title')}</h2>`,
    `<p class="muted">${t('intro')}</p>`,
    `<p class="fill">${t('reviewer')}<span class="fill__line"></span></p>`,
    `<p class="fill">${t('date')}<span class="fill__line"></span></p>`,
    `<p>${t('decision')}</p>`,
    '<ul class="choices">',
    ...['accepted', 'acceptedWithConditions', 'returned'].map(
      (k) => `<li><span class="box" aria-hidden="true"></span>${t(k)}</li>`,
    ),
    '</ul>',
    `<p>${t('comments')}</p>`,
    '<div class="comments"></div>',
    '</section>',
  ].join('\n');
}

function contents(model: PdfModel): string {
  const links = [
    ['cover-heading', i18n.t('pdf.outline.cover')],
    ...model.sections.map((s) => [`${sectionId(s)}-heading`, s.kicker]),
    ['checks-heading', model.checks.title],
    ['glossary-heading', model.glossary.title],
    ['review-heading', i18n.t('pdf.reviewer.title')],
  ] as const;
  return [
    `<nav aria-labelledby="contents-heading" class="contents">`,
    `<h2 id="contents-heading">${escapeHtml(i18n.t('pdf.webPage.contents'))}</h2>`,
    '<ol>',
    ...links.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`),
    '</ol>',
    '</nav>',
  ].join('\n');
}

function cover(model: PdfModel): string {
  const c = model.cover;
  return [
    '<section aria-labelledby="cover-heading" class="cover">',
    `<p class="kicker">${escapeHtml(c.kicker)}</p>`,
    `<h1 id="cover-heading">${escapeHtml(c.title)}</h1>`,
    `<p class="readable-id">${escapeHtml(c.readableId)}</p>`,
    `<p>${escapeHtml(c.completeness)}</p>`,
    c.draftNote === '' ? '' : `<p class="draft-note">${escapeHtml(c.draftNote)}</p>`,
    facts(c.facts, c.title),
    `<h2>${escapeHtml(c.conclusionLabel)}</h2>`,
    answer(
      c.conclusion === '' ? { state: 'notAnswered' } : { state: 'answered', text: c.conclusion },
    ),
    `<h2>${escapeHtml(c.summaryTitle)}</h2>`,
    facts(c.summary, c.summaryTitle),
    '</section>',
  ].join('\n');
}

/** The footer facts the PDF prints on every page, once, at the end (and on every printed page). */
function footer(model: PdfModel): string {
  const f = model.footer;
  const items = [f.draft, f.readableId, f.version, f.generated, f.fingerprint].filter(
    (s) => s !== '',
  );
  return `<footer class="page-footer">\n<p>${items
    .map(
      (s, i) => `<span${i === 0 && f.draft !== '' ? ' class="draft"' : ''}>${escapeHtml(s)}</span>`,
    )
    .join(' <span aria-hidden="true">·</span> ')}</p>\n</footer>`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-size: 1rem; line-height: 1.5; color: ${COLORS.ink}; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.25rem 0; color: ${COLORS.accent}; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 0.5rem; color: ${COLORS.accent};
  border-bottom: 2px solid ${COLORS.rule}; padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
.kicker { display: block; font-size: 0.85rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.04em; color: ${COLORS.muted}; }
h2 .kicker { margin-bottom: 0.1rem; }
.number { color: ${COLORS.muted}; }
p { margin: 0.35rem 0; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: ${COLORS.muted}; }
.readable-id { font-weight: 700; color: ${COLORS.muted}; }
.draft-note, .draft { color: ${COLORS.warn}; font-weight: 700; }
.not-answered { font-style: italic; color: ${COLORS.muted}; }
.not-known { border-left: 3px solid ${COLORS.warn}; background: ${COLORS.warnSoft}; padding: 0.25rem 0.75rem; }
.not-known__title { font-weight: 700; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0; }
.table-scroll:focus { outline: 3px solid ${COLORS.accent}; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid ${COLORS.rule}; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: ${COLORS.accentSoft}; }
tbody th { font-weight: 700; }
.facts th { width: 12rem; color: ${COLORS.muted}; }
.detail { display: block; }
.detail__label { font-weight: 700; }
.contents ol { padding-left: 1.5rem; }
a { color: ${COLORS.accent}; }
a:focus { outline: 3px solid ${COLORS.accent}; outline-offset: 2px; }
.checks li { margin: 0.5rem 0; }
.glossary dt { font-weight: 700; color: ${COLORS.accent}; margin-top: 0.5rem; }
.glossary dd { margin: 0; }
.review { border: 1px solid ${COLORS.accent}; padding: 0.5rem 1rem 1rem; margin-top: 2rem; }
.review h2 { margin-top: 0.5rem; }
.fill { display: flex; align-items: flex-end; gap: 0.5rem; }
.fill__line { flex: 1; border-bottom: 1px solid ${COLORS.ink}; min-height: 1.25rem; }
.choices { list-style: none; padding: 0; }
.box { display: inline-block; width: 0.8rem; height: 0.8rem; border: 1px solid ${COLORS.ink}; margin-right: 0.5rem; }
.comments { border: 1px solid ${COLORS.rule}; min-height: 8rem; }
.page-footer { max-width: 52rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid ${COLORS.rule};
  color: ${COLORS.muted}; font-size: 0.9rem; }
@media (max-width: 30rem) {
  main { padding: 0.75rem; }
  h1 { font-size: 1.45rem; }
  .facts th { width: auto; }
}
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .contents { display: none; }
  .table-scroll { overflow: visible; }
  h2, h3 { break-after: avoid; }
  tr, .not-known, .review, .glossary dt { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The whole page: a complete, standalone HTML document in the model's language. */
export function renderWebPage(model: PdfModel): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load: no scripts, no fonts, no images, no requests of any kind.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(model.info.title)}</title>`,
    model.info.author === ''
      ? ''
      : `<meta name="author" content="${escapeHtml(model.info.author)}">`,
    `<meta name="description" content="${escapeHtml(model.info.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(model.info.keywords)}">`,
    `<meta name="generator" content="${escapeHtml(model.info.creator)}">`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    cover(model),
    contents(model),
    ...model.sections.map(section),
    checks(model),
    glossary(model),
    reviewer(),
    '</main>',
    footer(model),
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
