import { bySeverity } from '@gongkai/schema';
import type { Finding } from '../engine/api.js';

/**
 * Whether the findings are the outcome of a check: a list only says 「未发现问题」 when `checked`.
 * `off`: the report shows no findings (no `show-findings`); `failed`: the engine or the report did
 * not load (`detail` is the browser's own words, for a secondary line).
 */
export type CheckStatus =
  | { state: 'checked' }
  | { state: 'pending' }
  | { state: 'off' }
  | { state: 'failed'; cause: 'engine' | 'report'; detail: string };

export const CHECKED: CheckStatus = { state: 'checked' };

/**
 * An element whose findings a `<gk-findings for="…">` lists and whose cells its links focus:
 * `<gk-report show-findings>` and `<gk-report-editor>`.
 */
export interface FindingsSource extends HTMLElement {
  /** The findings currently shown. */
  readonly currentFindings: readonly Finding[];
  /** Calls back whenever the findings (or whether they come from a check) change; returns the unsubscribe function. */
  observeFindings(callback: (findings: readonly Finding[], status: CheckStatus) => void): () => void;
  /** Scrolls to a cell (or section) and moves focus to it; false when there is no such place. */
  focusCell(path: string): boolean;
}

/** Whether an element can be linked from `<gk-findings for>`. */
export function isFindingsSource(element: Element | null): element is FindingsSource {
  return !!element && typeof (element as Partial<FindingsSource>).observeFindings === 'function';
}

/** A small list of subscribers, shared by the sources. */
export class FindingsChannel {
  #callbacks = new Set<(findings: readonly Finding[], status: CheckStatus) => void>();
  #last: readonly Finding[] = [];
  #status: CheckStatus;

  constructor(initial: CheckStatus = { state: 'pending' }) {
    this.#status = initial;
  }

  get current(): readonly Finding[] {
    return this.#last;
  }

  get status(): CheckStatus {
    return this.#status;
  }

  subscribe(callback: (findings: readonly Finding[], status: CheckStatus) => void): () => void {
    this.#callbacks.add(callback);
    callback(this.#last, this.#status);
    return () => this.#callbacks.delete(callback);
  }

  publish(findings: readonly Finding[], status: CheckStatus = CHECKED): void {
    if (findings === this.#last && sameStatus(status, this.#status)) return;
    this.#last = findings;
    this.#status = status;
    for (const callback of this.#callbacks) callback(findings, status);
  }
}

function sameStatus(a: CheckStatus, b: CheckStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Groups findings by cell address for marking cells; the most severe first. */
export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.path);
    if (list) list.push(f);
    else map.set(f.path, [f]);
  }
  for (const list of map.values()) list.sort(bySeverity);
  return map;
}

/** Moves focus to a cell of a rendered report inside `root`, scrolling it into view. */
export function focusPath(root: ParentNode | null | undefined, path: string, preferInput = false): boolean {
  if (!root) return false;
  const cell = (root as ShadowRoot).getElementById?.(`cell-${path}`) ?? null;
  const target =
    (preferInput ? cell?.querySelector<HTMLElement>('input') : null) ??
    cell ??
    (root as ShadowRoot).getElementById?.(`narrative-${path}`) ??
    (root as ShadowRoot).getElementById?.(`section-${path.split('.')[0]}`) ??
    null;
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) {
    target.setAttribute('tabindex', '-1');
  }
  target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  target.focus({ preventScroll: true });
  return true;
}
