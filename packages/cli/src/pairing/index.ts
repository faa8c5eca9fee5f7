import { resolve } from 'node:path';
import type { Input } from '../inputs/input.js';
import { IntColumn } from './column.js';
import { type BodyIdentity, bodyKey, sameBody } from './identity.js';

/** Who and which year one readable report is by, as the first pass gives it back. */
export interface YearOf extends BodyIdentity {
  year: number;
}

/** Last year's report for one report: found, none in the run, or more than one that could be it. */
export type Pairing =
  | { kind: 'found'; previous: Input; name: string }
  | { kind: 'none'; year: number }
  | { kind: 'ambiguous'; year: number; names: string[] };

/**
 * Every report of a run by body and year, held column by column rather than as an object per report:
 * the input's name, and numbers (short names, region prefixes and codes each stored once); a file found
 * by the walk is read again by its name resolved against the working directory, which is how the walk
 * named it. So a province of 100,000 files pairs in about 20 MB. A line of an NDJSON file or an archive
 * is held as its text, since that is the only way to read it again.
 */
export class YearIndex {
  readonly #cwd: string;
  /** Short names, each once: the number of a short name stands for it below. */
  readonly #shorts = new Map<string, number>();
  readonly #shortList: string[] = [];
  /** Per short name, the ordinals of its reports (one as a number, several as a list). */
  readonly #members: (number | number[])[] = [];
  readonly #ordinal = new Map<string, number>();
  readonly #names: string[] = [];
  readonly #shortIds = new IntColumn();
  readonly #years = new IntColumn();
  readonly #prefixes = new IntColumn();
  readonly #codes = new IntColumn();
  /** Per report, its body's earliest report in the run once asked (-1 before). */
  readonly #roots = new IntColumn();
  /** How to read again the reports that are not a walked file at its resolved name: the input itself. */
  readonly #sources = new Map<number, Input>();
  readonly #strings = new Map<string, number>();
  readonly #stringList: string[] = [];

  /** `cwd`: the working directory the inputs' names are relative to. */
  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  add(input: Input, id: YearOf): void {
    const n = this.#names.length;
    this.#names.push(input.name);
    this.#shortIds.push(this.#shortId(id.short, n));
    this.#years.push(id.year);
    this.#prefixes.push(this.#intern(id.prefix));
    this.#codes.push(id.regionCode ? this.#intern(id.regionCode) : -1);
    this.#roots.push(-1);
    // A walked file is named by its path relative to the working directory (or absolute, outside it).
    const plain = input.regular && input.path === resolve(this.#cwd, input.name);
    if (!plain) this.#sources.set(n, sourceOf(input));
    this.#ordinal.set(input.name, n);
  }

  #shortId(short: string, n: number): number {
    const id = this.#shorts.get(short);
    if (id === undefined) {
      this.#shorts.set(short, this.#shortList.length);
      this.#shortList.push(short);
      this.#members.push(n);
      return this.#shortList.length - 1;
    }
    const list = this.#members[id] as number | number[];
    if (typeof list === 'number') this.#members[id] = [list, n];
    else list.push(n);
    return id;
  }

  get size(): number {
    return this.#names.length;
  }

  /** Last year's report by the same body as the report named `name`; undefined when it was unreadable in the first pass. */
  previousOf(name: string): Pairing | undefined {
    const n = this.#ordinal.get(name);
    if (n === undefined) return undefined;
    const found = this.#previous(n);
    if (typeof found !== 'number') return found;
    return { kind: 'found', previous: this.#input(found), name: this.#names[found] as string };
  }

  /**
   * The key of the body of the report named `name` (see `bodyKey`): that of its earliest report the
   * pairing links it to, so a body's years are one row however its name was written each year.
   */
  bodyOf(name: string): string | undefined {
    const n = this.#ordinal.get(name);
    if (n === undefined) return undefined;
    return bodyKey(this.#identity(this.#root(n)));
  }

  #root(n: number): number {
    const known = this.#roots.at(n);
    if (known >= 0) return known;
    const previous = this.#previous(n);
    // Each step goes a year back, so the chain ends.
    const root = typeof previous === 'number' ? this.#root(previous) : n;
    this.#roots.set(n, root);
    return root;
  }

  /** Last year's report's ordinal, or why there is none. */
  #previous(n: number): number | Exclude<Pairing, { kind: 'found' }> {
    const year = this.#years.at(n) - 1;
    const entry = this.#identity(n);
    const all = this.#members[this.#shortIds.at(n)] as number | number[];
    const candidates = (typeof all === 'number' ? [all] : all).filter(
      (c) => this.#years.at(c) === year && c !== n && sameBody(entry, this.#identity(c)),
    );
    if (candidates.length === 0) return { kind: 'none', year };
    // Several: the one with exactly the same region prefix and code wins, if there is only one.
    const exact =
      candidates.length === 1
        ? candidates
        : candidates.filter(
            (c) => this.#prefixes.at(c) === this.#prefixes.at(n) && this.#codes.at(c) === this.#codes.at(n),
          );
    if (exact.length !== 1)
      return { kind: 'ambiguous', year, names: candidates.map((c) => this.#names[c] as string) };
    return exact[0] as number;
  }

  #identity(n: number): BodyIdentity {
    const code = this.#codes.at(n);
    return {
      short: this.#shortList[this.#shortIds.at(n)] as string,
      prefix: this.#stringList[this.#prefixes.at(n)] as string,
      ...(code >= 0 ? { regionCode: this.#stringList[code] as string } : {}),
    };
  }

  #input(n: number): Input {
    const name = this.#names[n] as string;
    return this.#sources.get(n) ?? { name, path: resolve(this.#cwd, name), regular: true };
  }

  #intern(value: string): number {
    let id = this.#strings.get(value);
    if (id === undefined) {
      id = this.#stringList.length;
      this.#stringList.push(value);
      this.#strings.set(value, id);
    }
    return id;
  }
}

/** What reads an input again: only that, not a pairing an earlier run attached. */
function sourceOf(input: Input): Input {
  if (input.text !== undefined) return { name: input.name, text: input.text };
  const again: Input = { ...input };
  delete again.pairing;
  return again;
}
