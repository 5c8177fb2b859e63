/**
 * pdfkit (0.20.1, pinned through `overrides`) turns every drawing operator into bytes on its own:
 * each `addContent` call (`BT`, a `Tm`, a `TJ`, a `q`, a `cm` …: about a dozen per line of text)
 * converts its string, character by character, into a new Uint8Array, and the page's stream
 * concatenates those thousands of arrays when it is written. Here the operators of a stream are
 * kept as text and handed to pdfkit's own `write` as one array of the same bytes, just before
 * anything else is written to that stream (a binary chunk) and before it is finalised, so the
 * stream, its length and its filter come out exactly as pdfkit makes them.
 *
 * A speed-up of the tagging seam's document only (`bufferContentText`), applied to pdfkit's
 * PDFReference class the first time; it checks the shape it expects and does nothing otherwise.
 * tests/features/pdf-export/content-text.test.ts compares the PDF with and without it, byte for
 * byte, and fails if an export no longer goes through it.
 */

/** Set on a document whose streams keep their operators as text. */
const BUFFERED = Symbol('content kept as text');
/** On a stream: the operators written since the last binary chunk. */
const PENDING = Symbol('operators not yet converted');

interface Stream {
  document?: Record<PropertyKey, unknown>;
  [PENDING]?: string[];
}
type Write = (this: Stream, chunk: unknown) => unknown;
type Finalize = (this: Stream) => unknown;

/** The switch and what the patch did, for the tests. */
export const contentText = { enabled: true, streams: 0 };

const patchedClasses = new WeakSet<object>();

/** The bytes pdfkit makes of a string: one per UTF-16 unit, its low eight bits. */
function binary(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function patchClass(proto: object, write: Write, finalize: Finalize): void {
  const flush = (stream: Stream) => {
    const pending = stream[PENDING];
    if (!pending || pending.length === 0) return;
    stream[PENDING] = [];
    write.call(stream, binary(pending.join('')));
  };
  Object.defineProperty(proto, 'write', {
    configurable: true,
    writable: true,
    value(this: Stream, chunk: unknown): unknown {
      if (typeof chunk === 'string' && this.document?.[BUFFERED] === true) {
        let pending = this[PENDING];
        if (!pending) {
          pending = [];
          this[PENDING] = pending;
          contentText.streams += 1;
        }
        // pdfkit ends every operator with a new line.
        pending.push(`${chunk}\n`);
        return undefined;
      }
      flush(this);
      return write.call(this, chunk);
    },
  });
  Object.defineProperty(proto, 'finalize', {
    configurable: true,
    writable: true,
    value(this: Stream): unknown {
      flush(this);
      return finalize.call(this);
    },
  });
}

/**
 * Keeps the operators of `doc`'s streams as text until they are written; says why not when
 * pdfkit does not look as expected (the document is then drawn as before).
 */
export function bufferContentText(doc: object): true | string {
  if (!contentText.enabled) return 'switched off';
  const root: unknown = Reflect.get(doc, '_root');
  if (typeof root !== 'object' || root === null) return 'the document has no _root reference';
  const proto: unknown = Object.getPrototypeOf(root);
  if (typeof proto !== 'object' || proto === null) return 'the reference has no class';
  if (!patchedClasses.has(proto)) {
    const write: unknown = Reflect.get(proto, 'write');
    const finalize: unknown = Reflect.get(proto, 'finalize');
    if (typeof write !== 'function' || typeof finalize !== 'function')
      return "pdfkit's references no longer have write and finalize";
    if (!Array.isArray(Reflect.get(root, 'buffer')))
      return "pdfkit's references no longer keep their chunks in buffer";
    patchClass(proto, write as Write, finalize as Finalize);
    patchedClasses.add(proto);
  }
  Reflect.set(doc, BUFFERED, true);
  return true;
}
