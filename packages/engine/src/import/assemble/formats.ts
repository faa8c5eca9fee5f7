import type { FormatVersion, TableFormats } from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { sectionParams } from '../diagnostics/section-params.js';
import type { Walk } from '../walk/walk.js';

/** Votes for each format of a table (fields, not integer-like keys, which make slow sparse objects). */
class Votes {
  v2021 = 0;
  v2019 = 0;
  add(version: FormatVersion, n: number): void {
    if (version === '2021') this.v2021 += n;
    else this.v2019 += n;
  }
  get total(): number {
    return this.v2021 + this.v2019;
  }
}

/** The format of each table, by the headers and rows only one format prints; else by the year. */
export function decideFormats(walk: Walk, year: number, diag: DiagnosticCollector): TableFormats {
  const votes = { activeDisclosure: new Votes(), applications: new Votes() };
  for (const header of walk.headers) {
    if (header.table === 'appeals') continue;
    for (const { entry } of header.columns) if (entry.exclusive) votes[header.table].add(entry.version, 1);
  }
  for (const row of walk.rows) {
    const { table, versions, plans } = row.match.entry;
    if (table === 'appeals') continue;
    if (versions.length === 1) votes[table].add(versions[0]!, 2);
    // More figures than a row has columns in one format, and no more than in the other: that other format.
    let figures = 0;
    for (let i = 0; i < row.cells.length; i++) if (row.cells[i] !== '') figures++;
    const width2021 = plans.v2021?.keys.length ?? 0;
    const width2019 = plans.v2019?.keys.length ?? 0;
    if (figures > width2021 && figures <= width2019) votes[table].add('2019', 1);
    else if (figures > width2019 && figures <= width2021) votes[table].add('2021', 1);
  }
  const byYear: FormatVersion = year >= 2021 ? '2021' : '2019';
  const pick = (v: Votes, fallback: FormatVersion): FormatVersion =>
    v.v2021 > v.v2019 ? '2021' : v.v2019 > v.v2021 ? '2019' : fallback;
  const active = pick(votes.activeDisclosure, byYear);
  const hasActive = votes.activeDisclosure.total > 0;
  const applications = pick(votes.applications, hasActive ? active : byYear);
  const formats: TableFormats = { activeDisclosure: active, applications, appeals: active };
  for (const table of ['activeDisclosure', 'applications'] as const) {
    const present = walk.rows.some((r) => r.match.entry.table === table);
    if (!present) continue;
    if (votes[table].total === 0) {
      diag.add(
        'table.format-unknown',
        { ...sectionParams(table), version: formats[table] },
        { section: table },
      );
    } else if (formats[table] !== byYear) {
      diag.add(
        'table.other-format',
        { ...sectionParams(table), version: formats[table], year },
        { section: table },
      );
    }
  }
  return formats;
}
