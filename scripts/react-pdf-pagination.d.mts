import type { Plugin } from 'vite';

export const PAGINATION_SEAM_KEY: string;
export const LAYOUT_MODULE: RegExp;
export const TEXTKIT_MODULE: RegExp;
export const LEFT_TO_RIGHT_ONLY: RegExp;
export const PAGINATION_PATCHES: readonly { name: string; find: string; replace: string }[];
export const TEXTKIT_PATCHES: readonly { name: string; find: string; replace: string }[];
export function patchLayoutSource(code: string): string;
export function patchTextkitSource(code: string): string;
export function reactPdfPagination(): Plugin;
