import type { ReactElement } from 'react';
import { Font, pdf } from '@react-pdf/renderer';
import layoutDocument from '@react-pdf/layout';
import renderDocument from '@react-pdf/render';
import PDFDocument, { type PdfkitStructureContent, type PdfkitStructureElement } from 'pdfkit';
import { bufferContentText } from './tagging/content-text';
import { isArtifact, tagOf, type ArtifactTag, type StructTag } from './tagging/struct';

/**
 * Tagged PDF (a structure tree a screen reader can follow) under react-pdf, which cannot tag
 * (react-pdf issue #3179). The second seam into react-pdf's internals, kept next to the shaping
 * seam (`shaping-cache.ts`) and pinned with it (`@react-pdf/renderer` 4.9.0; through `overrides`
 * `pdfkit` 0.20.1; `@react-pdf/layout` 5.2.0 and `@react-pdf/render` 4.7.0 as direct, exact
 * dependencies). It does what react-pdf's `pdf().toBlob()` does, in the same three steps, with two
 * additions:
 *
 * 1. The document is laid out by `@react-pdf/layout` as usual (`pdf()` builds the node tree).
 * 2. The laid-out tree is walked once: every Text that draws gets a hook around the drawing of its
 *    lines (react-pdf's `renderText` draws a Text's lines with `lines.forEach`, and only there);
 *    repeated bookmarks (a bookmarked part split across pages) are dropped after the first.
 * 3. `@react-pdf/render` draws into a pdfkit document made with `tagged: true`, the language and
 *    the title shown instead of the file name. Each page starts inside an artifact (rules, boxes,
 *    backgrounds are not read out); a tagged Text's drawing becomes marked content of its
 *    structure element (`markStructureContent`), built lazily in drawing order, so the reading
 *    order is the visual order. Elements nest by the tags on the Text's ancestors (`tagging/struct.ts`).
 *
 * If the hooks did not all run (an upgrade changed how text is drawn), the export is made again
 * untagged, as before, and `taggingStatus()` says why: a PDF marked as tagged whose text is all
 * artifacts would hide the text from screen readers. tests/features/pdf-export/tagging-seam.test.ts
 * fails on that, so an upgrade that breaks the seam breaks `npm test`.
 */

export interface TaggingStatus {
  /** Texts that draw and were given a hook (tagged, artifact or repeated header). */
  hooked: number;
  /** Hooks that ran, begin and end counted each time. */
  begun: number;
  ended: number;
  /** Hooked Texts drawn other than exactly once (0 when the seam works). */
  notOnce: number;
  /** Structure elements written. */
  elements: number;
  /** Drawn Texts with no tag on them or any ancestor: artifacts by default. */
  untagged: number;
  /** Repeats of a fixed part (a header row on a later page), made artifacts. */
  repeats: number;
  /** Why the export fell back to an untagged PDF; '' when tagged. */
  fallback: string;
}

let last: TaggingStatus | undefined;

/** What the last tagged export did. */
export function taggingStatus(): TaggingStatus | undefined {
  return last ? { ...last } : undefined;
}

interface LaidOutNode {
  type?: unknown;
  props?: Record<string, unknown>;
  children?: LaidOutNode[];
  lines?: unknown[];
}

const isNode = (value: unknown): value is LaidOutNode =>
  typeof value === 'object' && value !== null;

type Hook = { begin(): void; end(): void };

/**
 * Wraps the drawing of a Text's lines; react-pdf's renderText calls `lines.forEach` once. The node
 * gets lines of its own first: the copies of a `fixed` part on each page share one lines array.
 */
function hookLines(node: LaidOutNode, lines: unknown[], hook: Hook): { runs: number } {
  const own = lines.slice();
  node.lines = own;
  const record = { runs: 0 };
  Object.defineProperty(own, 'forEach', {
    configurable: true,
    value(this: unknown[], ...args: Parameters<unknown[]['forEach']>): void {
      record.runs += 1;
      hook.begin();
      try {
        Array.prototype.forEach.apply(this, args);
      } finally {
        hook.end();
      }
    },
  });
  return record;
}

interface Tagger {
  status: TaggingStatus;
  /** Counts the hooked Texts not drawn exactly once; call after rendering. */
  check(): void;
  /** Hooks every drawn Text of the laid-out document; drops repeated bookmarks. */
  plan(root: LaidOutNode): void;
}

function makeTagger(doc: PDFDocument): Tagger {
  const status: TaggingStatus = {
    hooked: 0,
    begun: 0,
    ended: 0,
    notOnce: 0,
    elements: 0,
    untagged: 0,
    repeats: 0,
    fallback: '',
  };
  const records: { runs: number }[] = [];
  const elements = new Map<StructTag, PdfkitStructureElement>();
  /**
   * Drawings still to come inside each element. An element is ended after its last one, so pdfkit
   * writes it out then instead of keeping thousands of elements in memory to the end.
   */
  const pending = new Map<StructTag, number>();
  let root: PdfkitStructureElement | undefined;

  const documentElement = (): PdfkitStructureElement => {
    if (!root) {
      root = doc.struct('Document');
      doc.addStructure(root);
      status.elements += 1;
    }
    return root;
  };
  /** The element for chain[i], made (and added to its parent) the first time content reaches it. */
  const element = (chain: readonly StructTag[], i: number): PdfkitStructureElement => {
    const t = chain[i];
    if (!t) return documentElement();
    const known = elements.get(t);
    if (known) return known;
    const made = doc.struct(t.role, {
      ...(t.title === undefined ? {} : { title: t.title }),
      ...(t.scope === undefined ? {} : { scope: t.scope }),
    });
    (i === 0 ? documentElement() : element(chain, i - 1)).add(made);
    elements.set(t, made);
    status.elements += 1;
    return made;
  };

  const artifactHook = (kind: ArtifactTag['artifact']): Hook => ({
    begin() {
      status.begun += 1;
      doc.markContent('Artifact', { type: kind });
    },
    end() {
      status.ended += 1;
      doc.endMarkedContent();
      doc.markContent('Artifact');
    },
  });
  const structHook = (chain: readonly StructTag[]): Hook => {
    const leaf = chain[chain.length - 1];
    let open: { target: PdfkitStructureElement; content: PdfkitStructureContent } | undefined;
    return {
      begin() {
        status.begun += 1;
        const target = element(chain, chain.length - 1);
        open = { target, content: doc.markStructureContent(leaf?.role ?? 'P') };
      },
      end() {
        if (!open) return;
        status.ended += 1;
        doc.endMarkedContent();
        open.target.add(open.content);
        open = undefined;
        doc.markContent('Artifact');
        for (let i = chain.length - 1; i >= 0; i -= 1) {
          const t = chain[i];
          if (!t) continue;
          const left = (pending.get(t) ?? 0) - 1;
          pending.set(t, left);
          if (left === 0) elements.get(t)?.end();
        }
      },
    };
  };

  // Each page begins inside an artifact; tagged text closes it and opens it again after itself.
  doc.on('pageAdded', () => {
    doc.markContent('Artifact');
  });

  const plan = (document: LaidOutNode) => {
    const seenBookmarks = new Set<unknown>();
    const firstPage = new Map<StructTag, number>();
    const visit = (
      node: LaidOutNode,
      page: number,
      chain: readonly StructTag[],
      kind: ArtifactTag['artifact'] | undefined,
      fixed: boolean,
    ) => {
      const props = node.props;
      const bookmark = props?.bookmark;
      if (isNode(bookmark)) {
        const ref = Reflect.get(bookmark, 'ref');
        // A bookmarked part split across pages: one outline entry, where it starts.
        if (seenBookmarks.has(ref)) node.props = { ...props, bookmark: undefined };
        else seenBookmarks.add(ref);
      }
      const t = tagOf(props);
      const here = t && !isArtifact(t) ? [...chain, t] : chain;
      const artifactKind = t && isArtifact(t) ? t.artifact : kind;
      const isFixed = fixed || props?.fixed === true;
      if (node.type === 'TEXT') {
        const lines = node.lines;
        if (!Array.isArray(lines) || lines.length === 0) return;
        const leaf = here[here.length - 1];
        if (artifactKind) records.push(hookLines(node, lines, artifactHook(artifactKind)));
        else if (!leaf) {
          status.untagged += 1;
          return;
        } else if (isFixed && (firstPage.get(leaf) ?? page) !== page) {
          status.repeats += 1;
          records.push(hookLines(node, lines, artifactHook('Pagination')));
        } else {
          if (!firstPage.has(leaf)) firstPage.set(leaf, page);
          for (const t of here) pending.set(t, (pending.get(t) ?? 0) + 1);
          records.push(hookLines(node, lines, structHook(here)));
        }
        status.hooked += 1;
        return;
      }
      node.children?.forEach((child) => visit(child, page, here, artifactKind, isFixed));
    };
    document.children?.forEach((page, i) => visit(page, i, [], undefined, false));
  };

  const check = () => {
    status.notOnce = records.filter((r) => r.runs !== 1).length;
  };
  return { status, plan, check };
}

/** The document node react-pdf's reconciler built for `pdf(element)`. */
function documentNode(instance: unknown): LaidOutNode | string {
  const container: unknown = isNode(instance) ? Reflect.get(instance, 'container') : undefined;
  const document: unknown = isNode(container) ? Reflect.get(container, 'document') : undefined;
  if (!isNode(document) || document.type !== 'DOCUMENT')
    return 'pdf() no longer exposes container.document, the DOCUMENT node';
  return document;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function collect(doc: PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}

async function untagged(instance: ReturnType<typeof pdf>): Promise<Uint8Array> {
  return new Uint8Array(await (await instance.toBlob()).arrayBuffer());
}

/**
 * Lays out and draws a react-pdf `<Document>` as a tagged PDF, with its outline shown when opened.
 * The Document's title, author, subject, keywords, creator, producer and language go into the
 * document information as react-pdf would put them.
 */
export async function renderTaggedPdf(element: ReactElement): Promise<Uint8Array> {
  const instance = pdf(element as Parameters<typeof pdf>[0]);
  const root = documentNode(instance);
  if (typeof root === 'string') {
    last = { ...emptyStatus(), fallback: root };
    return untagged(instance);
  }
  const p = root.props ?? {};
  const info: Record<string, string | Date> = { CreationDate: new Date() };
  for (const [key, prop] of [
    ['Title', 'title'],
    ['Author', 'author'],
    ['Subject', 'subject'],
    ['Keywords', 'keywords'],
    ['Creator', 'creator'],
    ['Producer', 'producer'],
  ] as const) {
    const value = str(p[prop]);
    if (value !== undefined) info[key] = value;
  }
  const language = str(p.language);
  const doc = new PDFDocument({
    compress: true,
    pdfVersion: '1.7',
    ...(language === undefined ? {} : { lang: language }),
    displayTitle: true,
    tagged: true,
    autoFirstPage: false,
    info,
  });
  doc._root.data.PageMode = 'UseOutlines';
  // Drawing operators become bytes once per stream instead of once each (same bytes).
  bufferContentText(doc);
  const tagger = makeTagger(doc);
  // react-pdf passes its font store as layout's second argument (the typings leave it out).
  const layoutWithFonts = layoutDocument as unknown as (
    document: unknown,
    fonts: typeof Font,
  ) => ReturnType<typeof layoutDocument>;
  const layout = await layoutWithFonts(root, Font);
  tagger.plan(layout as unknown as LaidOutNode);
  const bytes = collect(doc);
  renderDocument(doc as never, layout);
  const result = await bytes;
  tagger.check();
  const { status } = tagger;
  if (status.notOnce > 0 || status.begun !== status.hooked || status.ended !== status.hooked) {
    status.fallback = `react-pdf drew ${status.hooked - status.notOnce} of ${status.hooked} Texts exactly once through the tagging hook`;
    last = status;
    return untagged(instance);
  }
  last = status;
  return result;
}

function emptyStatus(): TaggingStatus {
  return {
    hooked: 0,
    begun: 0,
    ended: 0,
    notOnce: 0,
    elements: 0,
    untagged: 0,
    repeats: 0,
    fallback: '',
  };
}
