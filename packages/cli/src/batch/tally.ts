/** Counts over the inputs checked so far; added up batch by batch, so an interrupted run still has them. */
export interface Tally {
  /** Inputs looked at, broken ones included. */
  files: number;
  /** Inputs that could not be read as a report at all. */
  broken: number;
  /** Reports with at least one error finding. */
  withErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A tally of nothing. */
export function emptyTally(): Tally {
  return { files: 0, broken: 0, withErrors: 0, errors: 0, warnings: 0, infos: 0 };
}

/** Adds `part` into `into`. */
export function addTally(into: Tally, part: Tally): Tally {
  into.files += part.files;
  into.broken += part.broken;
  into.withErrors += part.withErrors;
  into.errors += part.errors;
  into.warnings += part.warnings;
  into.infos += part.infos;
  return into;
}
