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
  };
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
  return into;
}
