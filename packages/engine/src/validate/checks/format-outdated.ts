import {
  cellsOf,
  type FormatVersion,
  formatDocuments,
  formatForYear,
  type TableId,
  tables,
} from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';

const outdated: Messages<[number, string, string, FormatVersion]> = {
  zh: (year, doc, section, version) =>
    `这是 ${year} 年度的报告，应使用${doc}规定的表格，但${section}用的是 ${version} 版的表格。`,
  en: (year, doc, section, version) =>
    `This is a report on ${year}, which must use the tables of ${doc}, but ${section} uses the ${version} table.`,
};

// Tables whose rows or columns differ between the two formats; section 四 is the same in both, so
// the version a report declares for it says nothing.
const differing = (Object.keys(tables['2021']) as TableId[]).filter((id) => {
  const cellsIn = (v: FormatVersion) =>
    cellsOf(tables[v][id])
      .map((c) => c.address)
      .join();
  return cellsIn('2021') !== cellsIn('2019');
});

/** `format.outdated`: a report on a year of the newer format uses an older table (whole, or only 三). */
export function checkFormatOutdated(check: Check): void {
  const { report, plan, words, locale } = check;
  const due = formatForYear(report.year);
  for (const id of differing) {
    const version = plan.layout.formats[id];
    if (version === due) continue;
    emit(check, 'format.outdated', {
      path: id,
      message: outdated[locale](report.year, formatDocuments[due], words.section(id), version),
    });
  }
}
