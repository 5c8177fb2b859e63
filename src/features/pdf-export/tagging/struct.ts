/**
 * Tags for the PDF's logical structure (what a screen reader announces), as props on react-pdf
 * components. react-pdf cannot tag (its issue #3179); `tagging-seam.ts` reads these props after
 * layout and writes the structure tree through pdfkit.
 *
 *   <View {...tag('Sect')}>                       a container: its tagged children nest inside it
 *     <Text {...tag('H2')}>Question 1</Text>      a leaf: the Text's drawing is its content
 *   </View>
 *
 * One tag object is one structure element: give the same object to several Texts (a heading drawn
 * as two Texts) and their drawings become one element. A Text split across pages stays one element.
 * A Text with no tag of its own belongs to its nearest tagged ancestor; text with no tagged
 * ancestor at all is an artifact (not read out), so every part that carries content is tagged.
 * A `fixed` part repeated on later pages (a table's header row) is tagged once, where it first
 * appears; its repeats are pagination artifacts.
 */

/** Standard PDF structure types (ISO 32000-1, 14.8.4) the document uses. */
export const STRUCT_ROLES = [
  'Document',
  'Sect',
  'Div',
  'H1',
  'H2',
  'H3',
  'P',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'Caption',
  'Span',
] as const;
export type StructRole = (typeof STRUCT_ROLES)[number];

export interface StructTag {
  readonly role: StructRole;
  /** Header cells: which cells they head. */
  readonly scope?: 'Row' | 'Column';
  /** A title for the element (PDF /T), e.g. a section's heading. */
  readonly title?: string;
}

/** Content that is not read out: page footers, repeated header rows, rules, boxes. */
export interface ArtifactTag {
  readonly artifact: 'Pagination' | 'Layout';
}

export type Tag = StructTag | ArtifactTag;

/** The prop react-pdf carries through layout to the node, where the seam reads it. */
export const TAG_PROP = 'pdfTag';

export type TagProps = { readonly [TAG_PROP]: Tag };

/** Props that tag a react-pdf View or Text: `<Text {...tag('H2')}>`. */
export function tag(role: StructRole, options: Omit<StructTag, 'role'> = {}): TagProps {
  return { [TAG_PROP]: { role, ...options } };
}

/** Props that mark a part as an artifact: `<View {...artifact('Pagination')}>`. */
export function artifact(kind: ArtifactTag['artifact']): TagProps {
  return { [TAG_PROP]: { artifact: kind } };
}

export const isArtifact = (t: Tag): t is ArtifactTag => 'artifact' in t;

/** The tag on a node's props, if any (props come back from layout as plain objects). */
export function tagOf(props: unknown): Tag | undefined {
  if (typeof props !== 'object' || props === null) return undefined;
  const value: unknown = Reflect.get(props, TAG_PROP);
  if (typeof value !== 'object' || value === null) return undefined;
  if ('artifact' in value) return value as ArtifactTag;
  const role: unknown = Reflect.get(value, 'role');
  return typeof role === 'string' && (STRUCT_ROLES as readonly string[]).includes(role)
    ? (value as StructTag)
    : undefined;
}

/**
 * Props that give a View or Text an entry in the PDF's outline (bookmarks). Entries nest by the
 * tree: a bookmarked part inside another becomes its child. (react-pdf draws bookmarks on both
 * Views and Texts; its View typings leave the prop out.)
 */
export function bookmark(title: string): { readonly bookmark: string } {
  return { bookmark: title };
}
