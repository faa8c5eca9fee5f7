/**
 * The year index of a paired run: last year's report found by body and year, a clash of several said
 * to be ambiguous (unless one matches exactly), a report with no previous year said to have none; a
 * walked file is read again at its path, a line of an NDJSON file by its text.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyIdentity } from '../src/pairing/identity.js';
import { YearIndex } from '../src/pairing/index.js';

const cwd = '/data';
const file = (name: string) => ({ name, path: join(cwd, name), regular: true });
const id = (agency: string, year: number, code?: string) => ({ ...bodyIdentity(agency, code), year });

describe('YearIndex', () => {
  test('finds the same body’s previous year, with or without its region prefix', () => {
    const index = new YearIndex(cwd);
    index.add(file('2021/a.json'), id('淮安市洪泽区人民政府', 2021));
    index.add(file('2022/a.json'), id('洪泽区人民政府', 2022));
    index.add(file('2022/b.json'), id('沭阳县人民政府', 2022));
    expect(index.size).toBe(3);
    expect(index.previousOf('2022/a.json')).toEqual({
      kind: 'found',
      name: '2021/a.json',
      previous: { name: '2021/a.json', path: join(cwd, '2021/a.json'), regular: true },
    });
    expect(index.previousOf('2021/a.json')).toEqual({ kind: 'none', year: 2020 });
    expect(index.previousOf('2022/b.json')).toEqual({ kind: 'none', year: 2021 });
    // Not in the index (unreadable in the first pass): nothing said.
    expect(index.previousOf('2022/c.json')).toBeUndefined();
  });

  test('two candidates: the exact match wins, else it is ambiguous, never a guess', () => {
    const index = new YearIndex(cwd);
    index.add(file('a.json'), id('南京市鼓楼区人民政府', 2021));
    index.add(file('b.json'), id('福州市鼓楼区人民政府', 2021));
    index.add(file('c.json'), id('福州市鼓楼区人民政府', 2022));
    index.add(file('d.json'), id('鼓楼区人民政府', 2022));
    index.add(file('e.json'), id('鼓楼区人民政府', 2022, '350102'));
    expect(index.previousOf('c.json')).toMatchObject({ kind: 'found', name: 'b.json' });
    expect(index.previousOf('d.json')).toEqual({
      kind: 'ambiguous',
      year: 2021,
      names: ['a.json', 'b.json'],
    });
    // A region code clashes with neither prefix: both stay candidates, and neither is exact.
    expect(index.previousOf('e.json')).toMatchObject({ kind: 'ambiguous' });
  });

  test('a line of an NDJSON file is read again by its text; a named file by its own path', () => {
    const index = new YearIndex(cwd);
    const line = { name: 'all.ndjson:1', text: '{"year":2021}' };
    index.add(line, id('平潭综合实验区', 2021));
    index.add({ name: '/elsewhere/x.json', path: '/elsewhere/x.json' }, id('平潭综合实验区', 2022));
    index.add(file('y.json'), id('平潭综合实验区', 2023));
    expect(index.previousOf('/elsewhere/x.json')).toMatchObject({ previous: line });
    expect(index.previousOf('y.json')).toMatchObject({
      previous: { name: '/elsewhere/x.json', path: '/elsewhere/x.json' },
    });
  });
});
