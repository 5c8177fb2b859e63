import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js reads it, with the text of its marked content. */
export interface Element {
  role: string;
  /** The text of its own content and its descendants', in reading order. */
  text: string;
  children: Element[];
  /** Marked-content ids of its own content, in reading order. */
  contentIds: string[];
  /** Marked-content ids of its content and its descendants', in reading order. */
  allIds: string[];
  page: number;
}

export interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

export interface PdfStructure {
  /** Each page's structure tree (pdf.js gives one per page), null where the page has none. */
  pages: (Element | null)[];
  /** Each page's marked-content ids in drawing order. */
  drawn: string[][];
  /** Each page's text drawn as artifacts (not read out). */
  artifactText: string[];
  /** Text drawn outside any marked content (neither tagged nor an artifact). */
  unmarkedText: string[];
  outline: OutlineEntry[];
  markInfo: { Marked?: boolean } | null;
  viewerPreferences: Record<string, unknown> | null;
  language: string | undefined;
  title: string | undefined;
}

interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

interface TextItemLike {
  type?: string;
  id?: string | null;
  tag?: string;
  str?: string;
}

/** Reads the tagged structure, the outline and the document catalog's accessibility entries. */
export async function readStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: (Element | null)[] = [];
    const drawn: string[][] = [];
    const artifactText: string[] = [];
    const unmarkedText: string[] = [];
    for (let p = 1; p <= doc.numPages; p += 1) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textById = new Map<string, string>();
      const ids: string[] = [];
      const stack: { id: string | null; tag: string }[] = [];
      let artifacts = '';
      let unmarked = '';
      for (const raw of content.items as TextItemLike[]) {
        if (raw.type === 'beginMarkedContent' || raw.type === 'beginMarkedContentProps') {
          const id = raw.id ?? null;
          stack.push({ id, tag: raw.tag ?? '' });
          if (id !== null) ids.push(id);
        } else if (raw.type === 'endMarkedContent') {
          stack.pop();
        } else if (typeof raw.str === 'string') {
          const open = stack[stack.length - 1];
          if (!open) unmarked += raw.str;
          else if (open.tag === 'Artifact') artifacts += raw.str;
          else if (open.id !== null) textById.set(open.id, (textById.get(open.id) ?? '') + raw.str);
        }
      }
      drawn.push(ids);
      artifactText.push(artifacts);
      unmarkedText.push(unmarked);
      const tree = (await page.getStructTree()) as RawNode | null;
      const build = (node: RawNode): Element => {
        const children: Element[] = [];
        const contentIds: string[] = [];
        const allIds: string[] = [];
        let text = '';
        for (const child of node.children ?? []) {
          if (child.type === 'content' && child.id !== undefined) {
            contentIds.push(child.id);
            allIds.push(child.id);
            text += textById.get(child.id) ?? '';
          } else if (child.role !== undefined || child.children) {
            const built = build(child);
            children.push(built);
            allIds.push(...built.allIds);
            text += built.text;
          }
        }
        return { role: node.role ?? '', text, children, contentIds, allIds, page: p };
      };
      pages.push(tree ? build(tree) : null);
      page.cleanup();
    }
    const toEntries = (items: unknown): OutlineEntry[] =>
      Array.isArray(items)
        ? items.map((i: { title: string; items: unknown }) => ({
            title: i.title,
            items: toEntries(i.items),
          }))
        : [];
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    return {
      pages,
      drawn,
      artifactText,
      unmarkedText,
      outline: toEntries(await doc.getOutline()),
      markInfo: (await doc.getMarkInfo()) as { Marked?: boolean } | null,
      viewerPreferences: (await doc.getViewerPreferences()) as Record<string, unknown> | null,
      language: typeof info.Language === 'string' ? info.Language : undefined,
      title: typeof info.Title === 'string' ? info.Title : undefined,
    };
  } finally {
    await doc.destroy();
  }
}

/** Every element of a tree, depth first (reading order). */
export function elements(root: Element | null): Element[] {
  if (!root) return [];
  return [root, ...root.children.flatMap(elements)];
}

/** The page's content ids in the order a screen reader reads them (the structure tree, depth first). */
export function readingOrder(root: Element | null): string[] {
  return root ? root.allIds : [];
}
