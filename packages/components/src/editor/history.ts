/** One change to a cell (address) or a narrative section (`narrative.overview`). */
export interface Patch {
  path: string;
  before: number | null | string;
  after: number | null | string;
}

/**
 * Undo and redo as groups of patches: one keystroke run in one cell, or one pasted block, undoes at
 * once. Typing in the same place within `mergeWindow` ms extends the last group.
 */
export class History {
  #undo: Patch[][] = [];
  #redo: Patch[][] = [];
  #lastPath?: string;
  #lastAt = 0;

  constructor(
    readonly mergeWindow = 1500,
    readonly limit = 500,
  ) {}

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** Records patches; a single patch to the place typed in last, soon after, joins the previous group. */
  record(patches: Patch[], now = Date.now(), mergeable = true): void {
    if (patches.length === 0) return;
    this.#redo = [];
    const last = this.#undo[this.#undo.length - 1];
    const only = patches.length === 1 ? patches[0] : undefined;
    if (
      mergeable &&
      only &&
      last &&
      last.length === 1 &&
      last[0]?.path === only.path &&
      this.#lastPath === only.path &&
      now - this.#lastAt < this.mergeWindow
    ) {
      last[0] = { path: only.path, before: last[0].before, after: only.after };
    } else {
      this.#undo.push(patches);
      if (this.#undo.length > this.limit) this.#undo.shift();
    }
    this.#lastPath = only?.path;
    this.#lastAt = now;
  }

  /** Ends the current typing run, so the next keystroke starts a new undo step. */
  seal(): void {
    this.#lastPath = undefined;
  }

  /** The group to revert, moved to the redo stack; its patches are to be applied in reverse. */
  undo(): Patch[] | undefined {
    const group = this.#undo.pop();
    if (group) this.#redo.push(group);
    this.seal();
    return group;
  }

  /** The group to re-apply, moved back to the undo stack. */
  redo(): Patch[] | undefined {
    const group = this.#redo.pop();
    if (group) this.#undo.push(group);
    this.seal();
    return group;
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
    this.seal();
  }
}
