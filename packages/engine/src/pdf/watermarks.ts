import type { PageGeometry, TextRun } from './geometry.js';

// A watermark's type is much larger than the page's text, and it stands on most pages.
const LARGER = 1.8;

/**
 * Upright watermarks (「样本」「内部资料 2024」 in large grey type over the text) are set aside, as text at an
 * angle is (`PageGeometry.aside`): the same words, in type far larger than the page's own, on most of the
 * pages (three at least). Read, they would join a table's rows or a paragraph, and a watermark of digits
 * would read as a figure.
 */
export function setWatermarksAside(pages: PageGeometry[]): void {
  if (pages.length < 3) return;
  const large = pages.map((page) => {
    const heights = page.runs.map((r) => r.height).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)] ?? 0;
    return page.runs.filter((r) => median > 0 && r.height >= LARGER * median && r.text.trim().length >= 2);
  });
  const pagesWith = new Map<string, number>();
  for (const runs of large)
    for (const text of new Set(runs.map(textOf))) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
  const most = Math.max(3, Math.ceil(pages.length / 2));
  pages.forEach((page, i) => {
    const marks = new Set(large[i]!.filter((r) => (pagesWith.get(textOf(r)) ?? 0) >= most));
    if (marks.size === 0) return;
    page.runs = page.runs.filter((r) => !marks.has(r));
    const first = [...marks][0]!;
    page.aside ??= { count: 0, sample: first.text.trim().slice(0, 30) };
    page.aside.count += marks.size;
  });
}

const textOf = (run: TextRun) => run.text.replace(/\s+/g, '');
