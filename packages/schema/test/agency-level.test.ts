import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { inferAgencyLevel } from '../src/index.js';

// The schema sits below the corpus package in the graph, so it reads the corpus folder directly.
const publishedDir = fileURLToPath(new URL('../../../corpus/published/', import.meta.url));
const fixtures = ['', 'html/'].flatMap((dir) =>
  readdirSync(`${publishedDir}${dir}`)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const { agency, level } = JSON.parse(readFileSync(`${publishedDir}${dir}${f}`, 'utf8'));
      return [`${dir}${f}`, agency as string, level as string | undefined] as const;
    }),
);

describe('the level of a body from its name', () => {
  test.each(fixtures)('%s: %s is never given a level other than the published one', (_file, name, level) => {
    const inferred = inferAgencyLevel(name);
    if (inferred !== undefined) expect(inferred).toBe(level);
  });

  test.each([
    // Names of the corpus.
    ['平潭综合实验区', 'city'],
    ['平潭综合实验区管理委员会', 'city'],
    ['福建省平潭综合实验区经济发展局', 'city-department'],
    ['沭阳县发展和改革局', 'county-department'],
    ['沐阳县人民政府', 'county'],
    ['上海市人民政府办公厅', 'province'],
    ['杏岭子乡人民政府', 'township'],
    ['螅镇', 'township'],
    ['佳县螅镇人民政府', 'township'],
    ['兴隆子乡', 'township'],
    ['海淀区学院路街道办事处', 'township'],
    // Provinces, their departments, and the 直辖市 which are provinces.
    ['广东省人民政府', 'province'],
    ['广西壮族自治区人民政府', 'province'],
    ['广东省司法厅', 'province-department'],
    ['江苏省发展和改革委员会', 'province-department'],
    ['上海市教育委员会', 'province-department'],
    // Prefecture-level bodies whose name says so.
    ['延边朝鲜族自治州人民政府', 'city'],
    ['阿拉善盟行政公署', 'city'],
    ['阿里地区行政公署', 'city'],
    // Counties and districts, and their departments, even after a 市.
    ['沭阳县', 'county'],
    ['北京市朝阳区人民政府', 'county'],
    ['南京市玄武区人民政府', 'county'],
    ['南京市玄武区教育局', 'county-department'],
    ['沭阳县市场监督管理局', 'county-department'],
    ['沭阳县城市管理局', 'county-department'],
    ['江苏省沭阳县发展和改革局', 'county-department'],
    ['长白朝鲜族自治县人民政府', 'county'],
    ['乌拉特前旗人民政府', 'county'],
    ['上海市浦东新区人民政府', 'county'],
    // A 县级市 and a 设区的市 look alike: a 市 is read as a 设区的市 (昆山 too: a known limit).
    ['淮安市人民政府', 'city'],
    ['昆山市人民政府', 'city'],
    ['淮安市市场监督管理局', 'city-department'],
    // Zones other than the listed ones are neither: no guess.
    ['南京市江北新区管理委员会', undefined],
    ['苏州工业园区管理委员会', undefined],
    ['国务院办公厅', undefined],
  ] as const)('%s → %s', (name, level) => {
    expect(inferAgencyLevel(name)).toBe(level);
  });
});
