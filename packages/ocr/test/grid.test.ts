import { describe, expect, it } from 'vitest';
import { rotate, skewOf } from '../src/deskew.js';
import { findGrids } from '../src/grid.js';
import { decodeImage } from '../src/node.js';
import { binarise, inkOf, RULE_INK } from '../src/raster.js';
import { scanPages } from './scans.js';

// Geometry only (no OCR): page 4 of the 淮安 PDF scanned at 150 dpi, turned 1.5° on the glass.
const [page] = await scanPages({ name: 'turned', dpi: 150, jpeg: 60, rotate: -1.5, seal: true }, [4]);
const raster = await decodeImage(page!.bytes);

describe('deskew and grid', () => {
  it('finds the skew and straightens the page', () => {
    const gray = inkOf(raster, false);
    const skew = skewOf(gray);
    expect(Math.abs(skew + 1.5)).toBeLessThanOrEqual(0.1);
    expect(skewOf(rotate(gray, skew))).toBeCloseTo(0, 0);
  });

  it('finds both tables and every cell of section 三 inside its ruling lines, seal or not', () => {
    const gray = inkOf(raster, false);
    const straight = rotate(gray, skewOf(gray));
    const grids = findGrids(
      binarise(straight, RULE_INK),
      straight.width,
      straight.height,
      straight.width / 595.3,
    );
    expect(grids).toHaveLength(2);
    const [second, three] = grids;
    const unit = straight.width / 595.3;
    // Section 二's last two tables, as tall as on the PDF page (214 points).
    expect(Math.abs((second!.box.y1 - second!.box.y0) / unit - 214)).toBeLessThan(3);
    // Section 三 on this page: 13 data rows, each with the 7 figure columns.
    const left = three!.box.x0 + 0.35 * (three!.box.x1 - three!.box.x0);
    const bands = new Map<number, number>();
    for (const c of three!.cells)
      if (c.box.x0 > left && c.span === 1) bands.set(c.band, (bands.get(c.band) ?? 0) + 1);
    expect([...bands.values()].filter((n) => n === 7)).toHaveLength(13);
    // The merged label 「三、本年度办理结果」 is one cell spanning the 11 rows it heads.
    const merged = three!.cells.filter((c) => c.box.x0 < three!.box.x0 + 10 && c.span > 1);
    expect(merged.map((c) => c.span)).toContain(11);
  });
});
