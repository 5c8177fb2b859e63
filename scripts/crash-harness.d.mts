import type { BrowserContext } from 'playwright-core';

export function quotaScript(failing: boolean): string;
export function newProfile(): Promise<string>;
export function removeProfile(dir: string): Promise<void>;
export function launchProfile(dir: string, opts?: { failing?: boolean }): Promise<BrowserContext>;
export function browserProcesses(dir: string): number[];
export function crash(dir: string): number[];
export function waitGone(pids: number[], timeoutMs?: number): Promise<void>;
export function kept(value: string, marker: string): number;
