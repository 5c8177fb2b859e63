import { createContext, useContext } from 'react';

/** Messages from the last check of this step, by react-hook-form path. */
export const IssuesContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useIssue(path: string): string | undefined {
  return useContext(IssuesContext).get(path);
}

/** The DOM id of the control (or group) for a form path: `results.0.result` → `f-results-0-result`. */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}
