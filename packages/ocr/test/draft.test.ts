import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
import { describe, expect, it } from 'vitest';
import { draftOf, figureValue } from '../src/node.js';
import type { ScannedCell, ScannedPage } from '../src/page-reader.js';
import { HUAIAN, huaianExpected } from './scans.js';

/**
 * The 淮安 report's published text laid out as if read from a scan, one table row a grid band, each cell
 * with a box: the draft's logic (anchoring, sums, what to confirm) without OCR's time.
 */
function scanned(edit: (text: string, line: number, column: number) => ScannedCell['text'] = (t) => t) {
  const text = readFileSync(join(publishedDir, `${HUAIAN}.txt`), 'utf8').split('\n');
  const cells: ScannedCell[] = [];
  const prose: ScannedPage['prose'] = [];
  text.forEach((line, band) => {
    const parts = line.split('\t');
    if (parts.length === 1) {
      prose.push({ y: band * 100, text: line });
      return;
    }
    parts.forEach((part, column) => {
      const box = { x0: column * 100, y0: band * 100, x1: column * 100 + 90, y1: band * 100 + 90 };
      const figure = /^\d+(\.\d+)?$/.test(part);
      cells.push({
        page: 1,
        table: 0,
        band,
        box,
        kind: part === '' ? 'blank' : figure ? 'figure' : 'label',
        text: figure ? edit(part, band, column) : part,
        confidence: 95,
      });
    });
  });
  const image = { width: 1, height: 1, data: new Uint8Array(1) };
  return [{ page: 1, skew: 0, image, unit: 1, cells, prose }];
}

describe('draftOf', () => {
  it('places every figure on the catalogue with its source, and lists only the unchecked ones', () => {
    const draft = draftOf(scanned());
    const expected = huaianExpected();
    for (const [address, value] of Object.entries(expected)) expect(draft.cells[address]?.value).toBe(value);
    expect(draft.source).toBe('ocr');
    expect(draft.cells['applications.newReceived.total']).toMatchObject({ page: 1, confidence: 95 });
    // Every sum holds: only section 二, which no sum checks, waits for a person.
    const listed = new Set(draft.toConfirm.map((c) => c.address.split('.')[0]));
    expect([...listed]).toEqual(['activeDisclosure']);
    expect(draft.toConfirm.every((c) => c.reasons.join() === 'unchecked')).toBe(true);
  });

  it('lists a figure read with low confidence even where its sums hold', () => {
    const pages = scanned();
    const cell = pages[0]!.cells.find((c) => c.text === '3119')!;
    cell.confidence = 60;
    const draft = draftOf(pages);
    expect(draft.toConfirm.find((c) => c.address === 'applications.newReceived.total')).toMatchObject({
      reasons: ['low-confidence'],
      message: '识别把握不足',
      value: 3119,
    });
  });

  it('lists every cell of a broken sum', () => {
    // 3001 read as 3007: the row sum and the column sums break.
    const draft = draftOf(scanned((t) => (t === '3001' ? '3007' : t)));
    const reasons = (a: string) => draft.toConfirm.find((c) => c.address === a)?.reasons ?? [];
    expect(draft.report.applications.newReceived.naturalPerson).toBe(3007);
    expect(reasons('applications.newReceived.naturalPerson')).toContain('sum');
    expect(reasons('applications.newReceived.total')).toContain('sum');
    expect(draft.toConfirm.find((c) => c.address === 'applications.newReceived.naturalPerson')?.message).toBe(
      '与相关合计不符',
    );
  });

  it('an unreadable figure is blank, never 0, and its sums vouch for nothing', () => {
    const draft = draftOf(scanned((t, _line, column) => (t === '447' && column === 1 ? '4a7' : t)));
    expect(draft.report.applications.partiallyGranted.naturalPerson).toBeNull();
    const reasons = (a: string) => draft.toConfirm.find((c) => c.address === a)?.reasons ?? [];
    expect(reasons('applications.partiallyGranted.naturalPerson')).toEqual(['unreadable']);
    // The row's total is no longer checked by its row sum, but still by its column sum.
    expect(reasons('applications.partiallyGranted.commercial')).toEqual([]);
  });
});

describe('figureValue', () => {
  it('reads figures and refuses what is not one', () => {
    expect(figureValue('96171.6')).toBe(96171.6);
    expect(figureValue('0')).toBe(0);
    expect(figureValue('')).toBeNull();
    expect(figureValue('1.2.3')).toBeNull();
    expect(figureValue('07')).toBeNull();
  });
});
