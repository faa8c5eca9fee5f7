import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { toText } from '../../src/export/index.js';
import { importText } from '../../src/import/index.js';

// Found by the text round-trip property: a 2019 report printed in 2021 tables is read whole by its lines
// (only a `table.other-format` warning); reading it again by labels took section 二 as 2019 and cut
// 行政许可's 106 into 1, 0, 6. A wrong number, where the lines had read it right.
test('a report read whole by its lines is not read again by labels (2019 year, 2021 tables)', () => {
  const report = JSON.parse(readFileSync(new URL('./2019-year-2021-tables.json', import.meta.url), 'utf8'));
  const read = importText(toText(report));
  expect(read.report).toEqual(report);
  expect(read.diagnostics.map((d) => d.code)).not.toContain('row.split');
});
