import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/pdf/geometry.js';
import { isUpright, turnOf, uprightHeight } from '../../src/pdf/page-turn.js';
import { importPdf } from '../../src/pdf.js';
import { HUAIAN, pdfBytes } from './files.js';

describe('pages whose text does not read left to right as shown', () => {
  it('the 淮安 PDF with its pages turned by /Rotate (90°, 180°, 270°): read as the original, boxes say the turn', async () => {
    const original = await importPdf(pdfBytes(HUAIAN));
    const turned = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.turned.pdf'));
    expect(turned.report).toEqual(original.report);
    // Page n was turned by [90, 180, 270, 90, 180, 270][n - 1]: the reader turns it back.
    const back: Record<number, number> = { 1: 270, 2: 180, 3: 90, 4: 270, 5: 180, 6: 90 };
    const addresses = Object.keys(original.sources);
    expect(Object.keys(turned.sources)).toEqual(addresses);
    for (const address of addresses) {
      const { turn, ...box } = turned.sources[address]!;
      expect(box).toEqual(original.sources[address]);
      expect(turn).toBe(back[box.page]);
    }
    expect(turned.diagnostics.map((d) => d.code)).toEqual(original.diagnostics.map((d) => d.code));
  }, 60_000);

  it('a page read as shown is not turned, whatever a few sideways words say', () => {
    const flipY: Matrix = [1, 0, 0, -1, 0, 842];
    const upright = {
      str: '一、总体情况 本机关全年共收到申请',
      transform: [12, 0, 0, 12, 72, 700] as Matrix,
    };
    const sideways = { str: '页眉', transform: [0, 12, -12, 0, 20, 400] as Matrix };
    // The viewport for each turn: turning 90° maps the sideways word upright.
    const views: Record<number, Matrix> = {
      0: flipY,
      90: [0, 1, 1, 0, 0, 0],
      180: [-1, 0, 0, 1, 595, 0],
      270: [0, -1, -1, 0, 842, 595],
    };
    expect(turnOf([upright, sideways], (t) => views[t]!)).toBe(0);
    expect(turnOf([sideways], (t) => views[t]!)).toBe(90);
  });

  it('text whose glyphs point down the page but whose baseline runs along it is upright, sized along the baseline', () => {
    // In device space (y down): an ordinary run, and cairo's Type 3 run (font matrix y-down) of a 12 pt
    // heading that pdf.js gives 1.56 high, from the font's box.
    const ordinary: Matrix = [10.5, 0, 0, -10.5, 42, 120];
    const cairoType3: Matrix = [12.07, 0, 0, 1.56, 42, 100];
    expect(isUpright(ordinary)).toBe(true);
    expect(isUpright(cairoType3)).toBe(true);
    expect(uprightHeight(ordinary, 10.5)).toBe(10.5);
    expect(uprightHeight(cairoType3, 1.56)).toBe(12.07);
    // Sideways, upside down, at an angle: not upright.
    expect(isUpright([0, 12, -12, 0, 20, 400])).toBe(false);
    expect(isUpright([-12, 0, 0, 12, 500, 400])).toBe(false);
    expect(isUpright([29.5, -20.6, 20.6, 29.5, 100, 500])).toBe(false);
  });

  it('text at an angle (watermarks across the tables, a note up the margin) is said and read into nothing', async () => {
    const original = await importPdf(pdfBytes(HUAIAN));
    const marked = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.watermarked.pdf'));
    // Read into the prose, 「DRAFT 2024 No.3 12」 once made the fee 3940 元 read 「…12 3940元」.
    expect(marked.report).toEqual(original.report);
    expect(marked.sources).toEqual(original.sources);
    const aside = marked.diagnostics.filter((d) => d.code === 'pdf.text-aside');
    expect(aside.map((d) => d.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(aside[0]).toMatchObject({ severity: 'info', source: 'DRAFT 2024 No.3 12' });
    expect(aside[0]!.message).toBe(
      '第 1 页有 4 段水印或旁注（斜排、竖排，或每页重复、远大于正文的字，如「DRAFT 2024 No.3 12」），不是正文，未读取',
    );
    expect(marked.diagnostics.filter((d) => d.code !== 'pdf.text-aside')).toEqual(original.diagnostics);
  }, 60_000);
});
