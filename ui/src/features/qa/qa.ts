// The QA panel's logic, pure: an issue's ignore key (the core's `Issue::key`), the open and
// the set-aside issues, the counts per check for the filter chips, and the export dialog's
// short list.
import type { Check, Issue } from '../../ipc/types';

/** The checks, in the order the panel's chips and the settings list them. */
export const CHECKS: readonly Check[] = ['names', 'numbers', 'dates', 'punctuation', 'spelling', 'consistency'];

/** A filter of the panel: every check, or one. */
export type QaFilter = 'all' | Check;

/** An argument as text, as the core reads it for the key ("" when absent or a number). */
function text(issue: Issue, name: string): string {
  const v = issue.args[name];
  return typeof v === 'string' ? v : '';
}

/** What an "ignore" remembers within its segment, exactly as the core writes it
 * (`crates/dragoman-core/src/qa/mod.rs`, `Issue::key`): kind, found and expected, joined by
 * the unit separator U+001F. */
export function issueKey(issue: Issue): string {
  return `${issue.kind}\u001f${text(issue, 'found')}\u001f${text(issue, 'expected')}`;
}

export function inFilter(issue: Issue, filter: QaFilter): boolean {
  return filter === 'all' || issue.check === filter;
}

/** The open issues (not set aside) under a filter, in article order. */
export function openIssues(issues: readonly Issue[], filter: QaFilter = 'all'): Issue[] {
  return issues.filter((i) => !i.ignored && inFilter(i, filter));
}

/** The issues set aside under a filter, in article order. */
export function ignoredIssues(issues: readonly Issue[], filter: QaFilter = 'all'): Issue[] {
  return issues.filter((i) => i.ignored && inFilter(i, filter));
}

/** How many open issues each chip has: `all`, and every check (0 when it has none). */
export function countOpen(issues: readonly Issue[]): Record<QaFilter, number> {
  const counts = { all: 0 } as Record<QaFilter, number>;
  for (const c of CHECKS) counts[c] = 0;
  for (const i of issues) {
    if (i.ignored) continue;
    counts.all++;
    counts[i.check] = (counts[i.check] ?? 0) + 1;
  }
  return counts;
}

/** How many open issues each segment has (the rows marked while the panel is open). */
export function openBySegment(issues: readonly Issue[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const i of issues) if (!i.ignored) out.set(i.segmentId, (out.get(i.segmentId) ?? 0) + 1);
  return out;
}

/** The first `limit` issues to list, and how many more there are. */
export function firstIssues(issues: readonly Issue[], limit: number): { shown: Issue[]; more: number } {
  return { shown: issues.slice(0, limit), more: Math.max(0, issues.length - limit) };
}

/** The message's variables: the issue's arguments as they are (text and numbers). */
export function messageArgs(issue: Issue): Record<string, string | number> {
  return { found: '', expected: '', ...issue.args };
}
