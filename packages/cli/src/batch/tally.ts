/** How many reports that printed nothing had no previous year to be checked against, by why; a few named. */
export interface QuietUnpaired {
  kind: 'none' | 'ambiguous' | 'unreadable';
  /** The year that was missing (or had several reports that could be this body's). */
  year?: number;
  count: number;
  /** The first few, by name: enough to go and look, short enough for a province's run. */
  names: string[];
}

/** Names kept per group of `quietUnpaired`. */
export const QUIET_NAMES = 5;

/** Counts over the inputs checked so far; added up batch by batch, so an interrupted run still has them. */
export interface Tally {
  /** Inputs looked at: checked, unreadable and not checked; these three add up to it. */
  files: number;
  /** Inputs that could not be read as a report at all. */
  broken: number;
  /** Inputs not checked (a PDF no reader takes, a file that is no report), by reason. */
  notChecked: number;
  notCheckedWhy: Record<string, number>;
  /** Reports with at least one error finding. */
  withErrors: number;
  errors: number;
  warnings: number;
  infos: number;
  /** When years are paired: reports checked against last year's, and reports for which there was none. */
  paired: number;
  unpaired: number;
  /**
   * The unpaired reports `validate` printed nothing for (no finding to show), grouped by why, so the
   * run can still say which they were; the others say it in their heading.
   */
  quietUnpaired: Record<string, QuietUnpaired>;
}

/** A tally of nothing. */
export function emptyTally(): Tally {
  return {
    files: 0,
    broken: 0,
    notChecked: 0,
    notCheckedWhy: {},
    withErrors: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    paired: 0,
    unpaired: 0,
    quietUnpaired: {},
  };
}

/** Counts a report without a previous year that printed nothing, in its group (a few kept by name). */
export function noteQuietUnpaired(
  tally: Tally,
  note: { kind: QuietUnpaired['kind']; year?: number },
  name: string,
): void {
  const key = `${note.kind}:${note.year ?? ''}`;
  let group = tally.quietUnpaired[key];
  if (!group) {
    group = { kind: note.kind, ...(note.year === undefined ? {} : { year: note.year }), count: 0, names: [] };
    tally.quietUnpaired[key] = group;
  }
  group.count++;
  if (group.names.length < QUIET_NAMES) group.names.push(name);
}

/** Reports checked: the inputs neither unreadable nor left unchecked. */
export function checkedCount(tally: Tally): number {
  return tally.files - tally.broken - tally.notChecked;
}

/** Adds `part` into `into`. */
export function addTally(into: Tally, part: Tally): Tally {
  into.files += part.files;
  into.broken += part.broken;
  into.notChecked += part.notChecked;
  for (const [why, n] of Object.entries(part.notCheckedWhy))
    into.notCheckedWhy[why] = (into.notCheckedWhy[why] ?? 0) + n;
  into.withErrors += part.withErrors;
  into.errors += part.errors;
  into.warnings += part.warnings;
  into.infos += part.infos;
  into.paired += part.paired;
  into.unpaired += part.unpaired;
  for (const [key, group] of Object.entries(part.quietUnpaired)) {
    const to = into.quietUnpaired[key];
    if (!to) into.quietUnpaired[key] = { ...group, names: [...group.names] };
    else {
      to.count += group.count;
      to.names.push(...group.names.slice(0, QUIET_NAMES - to.names.length));
    }
  }
  return into;
}
