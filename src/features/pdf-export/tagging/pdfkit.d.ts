/**
 * The part of pdfkit 0.20.1 (pinned through `overrides`) the tagging seam uses: the document, its
 * structure API and marked content. pdfkit ships no types; react-pdf draws with the same class.
 */
declare module 'pdfkit' {
  export interface PdfkitStructureContent {
    readonly refs: readonly { mcid: number }[];
  }
  export interface PdfkitStructureElement {
    add(child: PdfkitStructureElement | PdfkitStructureContent): this;
    end(): void;
  }
  export interface PdfkitOptions {
    compress?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    lang?: string;
    displayTitle?: boolean;
    tagged?: boolean;
    autoFirstPage?: boolean;
    pageLayout?: string;
    info?: Record<string, string | Date>;
  }
  export default class PDFDocument {
    constructor(options?: PdfkitOptions);
    _root: { data: Record<string, unknown> };
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end' | 'pageAdded', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    struct(
      type: string,
      options?: { title?: string; scope?: string; lang?: string; alt?: string },
    ): PdfkitStructureElement;
    addStructure(element: PdfkitStructureElement): this;
    markContent(
      tag: string,
      options?: { type?: string; attached?: string[]; bbox?: number[] } | null,
    ): this;
    markStructureContent(tag: string): PdfkitStructureContent;
    endMarkedContent(): this;
    end(): void;
  }
}
