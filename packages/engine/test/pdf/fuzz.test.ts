import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/pdf.js';
import { HUAIAN, pdfBytes } from './files.js';

const original = pdfBytes(HUAIAN);

/** A deterministic stream of numbers in [0, 1) (the same damaged copies on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Truncated and byte-flipped copies of a real PDF: never a throw, always a result, in bounded time (the
// reader's own time cap; the test's timeout bounds it again).
describe('damaged copies of the 淮安 PDF', () => {
  it('truncated anywhere: never throws, says what it could not read', async () => {
    for (const share of [0.02, 0.5, 0.97]) {
      const cut = original.slice(0, Math.floor(original.length * share));
      const result = await importPdf(cut, { timeoutMs: 20_000 });
      expect(result.kind).toBe('pdf');
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('bytes flipped: never throws, and every figure it still places has a source', async () => {
    const next = random(13);
    for (let copy = 0; copy < 2; copy++) {
      const damaged = original.slice();
      for (let i = 0; i < 40; i++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      const result = await importPdf(damaged, { timeoutMs: 20_000 });
      expect(result.kind).toBe('pdf');
      for (const [address, box] of Object.entries(result.sources)) {
        expect(address).toMatch(/^(activeDisclosure|applications|appeals)\./);
        expect(box.page).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});
