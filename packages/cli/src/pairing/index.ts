import type { Input } from '../inputs/input.js';
import { type BodyIdentity, sameBody } from './identity.js';

/** One report as the pairing sees it: who, which year, and how to read it again. */
export interface Identified extends BodyIdentity {
  /** The input's name (unique in a run: a path, or `file.ndjson:12`). */
  name: string;
  year: number;
  /** The agency's name as published, for messages. */
  agency: string;
  /**
   * How to read it again: a file by its path; a line of an NDJSON file by its text, which is therefore
   * held for the run (pairing a folder of files holds names only).
   */
  input: Input;
}

/** Last year's report for one report: found, none in the run, or more than one that could be it. */
export type Pairing =
  | { kind: 'found'; previous: Input; name: string }
  | { kind: 'none'; year: number }
  | { kind: 'ambiguous'; year: number; names: string[] };

/**
 * Every report of a run by body and year, held as names and a few fields (not the reports), so that a
 * province of 100,000 files pairs in a few tens of MB.
 */
export class YearIndex {
  readonly #byShort = new Map<string, Identified[]>();
  readonly #byName = new Map<string, Identified>();

  add(entry: Identified): void {
    const list = this.#byShort.get(entry.short);
    if (list) list.push(entry);
    else this.#byShort.set(entry.short, [entry]);
    this.#byName.set(entry.name, entry);
  }

  get size(): number {
    return this.#byName.size;
  }

  /** The report named `name` as identified in the first pass (undefined when it was unreadable then). */
  get(name: string): Identified | undefined {
    return this.#byName.get(name);
  }

  /** Last year's report by the same body; a clash of several is ambiguous, never a guess. */
  previousOf(entry: Identified): Pairing {
    const year = entry.year - 1;
    const candidates = (this.#byShort.get(entry.short) ?? []).filter(
      (c) => c.year === year && c.name !== entry.name && sameBody(entry, c),
    );
    if (candidates.length === 0) return { kind: 'none', year };
    // Several: the one with exactly the same region prefix and code wins, if there is only one.
    const exact =
      candidates.length === 1
        ? candidates
        : candidates.filter((c) => c.prefix === entry.prefix && c.regionCode === entry.regionCode);
    if (exact.length !== 1) return { kind: 'ambiguous', year, names: candidates.map((c) => c.name) };
    const found = exact[0] as Identified;
    return { kind: 'found', previous: found.input, name: found.name };
  }
}
