import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/pdf/geometry.js';
import { readOperators } from '../../src/pdf/operators.js';

// pdf.js's own operator codes (OPS), as the adapter passes them.
const OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
  paintImageMaskXObject: 83,
};
// A 595 × 842 page: PDF user space (y up) to the top-left origin.
const viewport: Matrix = [1, 0, 0, -1, 0, 842];
const path = (...codes: number[]) => new Float32Array(codes);

describe('ruling lines from an operator list', () => {
  it('reads stroked rectangles as their four sides, through the CTM and save/restore', () => {
    const { rules } = readOperators(
      [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath],
      [
        null,
        [1, 0, 0, 1, 100, 0],
        // A 50 × 20 rectangle at (10, 800), moved 100 right by the transform.
        [OPS.stroke, [path(0, 10, 800, 1, 60, 800, 1, 60, 820, 1, 10, 820, 4)], null],
        null,
        // After restore: a horizontal line at y 100 (742 from the top), untransformed.
        [OPS.stroke, [path(0, 0, 100, 1, 595, 100)], null],
      ],
      OPS,
      viewport,
      595 * 842,
    );
    expect(rules).toEqual([
      { x0: 110, x1: 160, y0: 42, y1: 42 },
      { x0: 160, x1: 160, y0: 22, y1: 42 },
      { x0: 110, x1: 160, y0: 22, y1: 22 },
      { x0: 110, x1: 110, y0: 22, y1: 42 },
      { x0: 0, x1: 595, y0: 742, y1: 742 },
    ]);
  });

  it('takes thin filled rectangles for lines and leaves shading and curves alone', () => {
    const { rules } = readOperators(
      [OPS.constructPath, OPS.constructPath, OPS.constructPath],
      [
        // A 0.5 pt high bar: a border drawn as a fill.
        [OPS.fill, [path(0, 10, 100, 1, 300, 100, 1, 300, 100.5, 1, 10, 100.5, 4)], null],
        // A 40 pt high shaded box is not a rule.
        [OPS.fill, [path(0, 10, 200, 1, 300, 200, 1, 300, 240, 1, 10, 240, 4)], null],
        [OPS.stroke, [path(0, 10, 10, 2, 20, 20, 30, 30, 40, 10)], null],
      ],
      OPS,
      viewport,
      595 * 842,
    );
    expect(rules).toEqual([{ x0: 10, x1: 300, y0: 741.75, y1: 741.75 }]);
  });

  it('measures how much of the page images cover (a scan: all of it)', () => {
    const { imageCover } = readOperators(
      [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore],
      [null, [595, 0, 0, 842, 0, 0], ['img_p0_1', 827, 1170], null],
      OPS,
      viewport,
      595 * 842,
    );
    expect(imageCover).toBe(1);
  });
});
