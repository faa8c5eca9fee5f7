import type { Locale, Report } from '@gongkai/schema';

/** What every worker needs to know to check its share of the inputs; sent once, when it starts. */
export interface TaskConfig {
  /**
   * `validate` formats each file's findings; `stats` only counts them; `identify` only reads who and which
   * year each report is by (the first pass of pairing years); `archive` gives back each report as the
   * archive stores it (`archive import`).
   */
  mode: 'validate' | 'stats' | 'identify' | 'archive';
  locale: Locale;
  /** Last year's report, for the cross-year rules (validate --previous). */
  previous?: Report;
  /** Output of `validate`: grouped for people, or one JSON object per line. */
  format: 'human' | 'json';
  color: boolean;
  /** Show `info` findings ("could not be checked") in the human output too. */
  showInfo: boolean;
  /** Renamed bodies, old name → new name (normalised), so their years pair (`--renames`). */
  renames?: Record<string, string>;
  /** `stats -o x.xlsx`: also give back each input's rows for the workbook (one per finding, one per report). */
  workbook?: boolean;
}
