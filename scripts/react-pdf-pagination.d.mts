import type { Plugin } from 'vite';

export const PAGINATION_SEAM_KEY: string;
export const LAYOUT_MODULE: RegExp;
export const PAGINATION_PATCHES: readonly { name: string; find: string; replace: string }[];
export function patchLayoutSource(code: string): string;
export function reactPdfPagination(): Plugin;
