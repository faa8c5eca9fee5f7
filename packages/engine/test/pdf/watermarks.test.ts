import { describe, expect, it } from 'vitest';
import type { PageGeometry } from '../../src/pdf/geometry.js';
import { setWatermarksAside } from '../../src/pdf/watermarks.js';

const run = (text: string, y: number, height = 10.5) => ({
  text,
  x: 72,
  y,
  width: text.length * height,
  height,
});
const page = (n: number, extra: ReturnType<typeof run>[] = []): PageGeometry => ({
  page: n,
  width: 595,
  height: 842,
  runs: [
    run('一、总体情况', 80, 16),
    run('本机关全年主动公开政府信息', 110),
    run('规章 1 0 11', 140),
    ...extra,
  ],
  rules: [],
  imageCover: 0,
});

describe('upright watermarks', () => {
  it("the same words in type far larger than the page's, on most pages, are set aside and counted", () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, n === 2 ? [] : [run('样本 2024', 400, 40)]));
    setWatermarksAside(pages);
    expect(pages.map((p) => p.aside?.count ?? 0)).toEqual([1, 0, 1, 1]);
    expect(pages[0]!.aside?.sample).toBe('样本 2024');
    expect(pages.every((p) => p.runs.every((r) => r.text !== '样本 2024'))).toBe(true);
    // The page's own text, its headings in larger type included, stays.
    expect(pages[1]!.runs).toHaveLength(3);
    expect(pages[0]!.runs.map((r) => r.text)).toContain('一、总体情况');
  });

  it('a title in large type on one page, or a short document, keeps its text', () => {
    const pages = [page(1, [run('2024年政府信息公开工作年度报告', 40, 22)]), page(2), page(3), page(4)];
    setWatermarksAside(pages);
    expect(pages.some((p) => p.aside)).toBe(false);
    const short = [page(1, [run('样本', 400, 40)]), page(2, [run('样本', 400, 40)])];
    setWatermarksAside(short);
    expect(short[0]!.runs).toHaveLength(4);
  });
});
