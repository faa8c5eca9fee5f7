import { bySeverity } from '@gongkai/schema';
import type { Finding } from '../engine/api.js';

/**
 * An element whose findings a `<gk-findings for="…">` lists and whose cells its links focus:
 * `<gk-report show-findings>` and `<gk-report-editor>`.
 */
export interface FindingsSource extends HTMLElement {
  /** The findings currently shown. */
  readonly currentFindings: readonly Finding[];
  /** Calls back whenever the findings change; returns the unsubscribe function. */
  observeFindings(callback: (findings: readonly Finding[]) => void): () => void;
  /** Scrolls to a cell (or section) and moves focus to it; false when there is no such place. */
  focusCell(path: string): boolean;
}

/** Whether an element can be linked from `<gk-findings for>`. */
export function isFindingsSource(element: Element | null): element is FindingsSource {
  return !!element && typeof (element as Partial<FindingsSource>).observeFindings === 'function';
}

/** A small list of subscribers, shared by the sources. */
export class FindingsChannel {
  #callbacks = new Set<(findings: readonly Finding[]) => void>();
  #last: readonly Finding[] = [];

  get current(): readonly Finding[] {
    return this.#last;
  }

  subscribe(callback: (findings: readonly Finding[]) => void): () => void {
    this.#callbacks.add(callback);
    callback(this.#last);
    return () => this.#callbacks.delete(callback);
  }

  publish(findings: readonly Finding[]): void {
    if (findings === this.#last) return;
    this.#last = findings;
    for (const callback of this.#callbacks) callback(findings);
  }
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
