/**
 * The archive: a re-run over an unchanged folder of 1,000 reports imports nothing, a changed file is
 * imported again alone, a run killed mid-way and re-run ends with every report once, a damaged archive
 * file is a clear message, and validate and stats read the archive as they read a folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateReports, put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
const COUNT = 1000;
let dir: string;

beforeAll(() => {
  dir = generateReports(join(tmp.dir, 'province'), COUNT);
});
afterAll(() => tmp.remove());

function rows(db: string): { source: string; status: string; year: number | null }[] {
  const sqlite = new Database(join(tmp.dir, db), { readonly: true });
  try {
    return sqlite.prepare('SELECT source, status, year FROM reports ORDER BY source').all() as never;
  } finally {
    sqlite.close();
  }
}

describe('archive import', () => {
  test('a second run over an unchanged folder imports nothing; a changed file is imported alone', async () => {
    const first = await runCli(['archive', 'import', 'province', '--db', 'a.sqlite'], { cwd: tmp.dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`导入 ${COUNT} 份（新增或有改动），0 份未改动`);
    const again = await runCli(['archive', 'import', 'province', '--db', 'a.sqlite'], { cwd: tmp.dir });
    expect(again.stderr).toContain(`导入 0 份（新增或有改动），${COUNT} 份未改动`);
    const file = join(dir, '0000', 'r000007.json');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    report.year += 1;
    writeFileSync(file, JSON.stringify(report));
    const changed = await runCli(['archive', 'import', 'province', '--db', 'a.sqlite'], { cwd: tmp.dir });
    expect(changed.stderr).toContain(
      `导入 1 份（新增或有改动），${COUNT - 1} 份未改动；其中 0 个无法读取，0 个未检查；档案共 ${COUNT} 份`,
    );
    expect(rows('a.sqlite').find((r) => r.source === file)?.year).toBe(report.year);
  });

  test('killed mid-way and run again: every report present once', async () => {
    let killed = false;
    const run = runCli(['archive', 'import', 'province', '--db', 'k.sqlite'], {
      cwd: tmp.dir,
      // Killed as soon as some transactions are committed, whatever the speed of the machine.
      onSpawn: (child) => {
        const poll = setInterval(() => {
          let n = 0;
          try {
            n = rows('k.sqlite').length;
          } catch {
            // Not created yet.
          }
          if (n >= 64) {
            clearInterval(poll);
            killed = child.kill('SIGKILL');
          }
        }, 20);
        child.on('exit', () => clearInterval(poll));
      },
    });
    const r = await run;
    expect(killed).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    const partial = rows('k.sqlite').length;
    expect(partial).toBeGreaterThanOrEqual(64);
    expect(partial).toBeLessThan(COUNT);
    const rerun = await runCli(['archive', 'import', 'province', '--db', 'k.sqlite'], { cwd: tmp.dir });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`导入 ${COUNT - partial} 份（新增或有改动），${partial} 份未改动`);
    const all = rows('k.sqlite');
    expect(all).toHaveLength(COUNT);
    expect(new Set(all.map((x) => x.source)).size).toBe(COUNT);
  });
});

describe('archive import on worker threads', () => {
  test('stores every report as checking in this thread does, the counts adding up', async () => {
    // The published folder: a PDF, Word and text reports, files that are no report.
    const inline = await runCli(['archive', 'import', publishedDir, '--db', 'w0.sqlite', '--workers', '0'], {
      cwd: tmp.dir,
    });
    const pooled = await runCli(['archive', 'import', publishedDir, '--db', 'w2.sqlite', '--workers', '2'], {
      cwd: tmp.dir,
    });
    expect(pooled.code).toBe(0);
    expect(pooled.stderr).toBe(inline.stderr);
    expect(pooled.stderr).toMatch(
      /^导入 23 份（新增或有改动），0 份未改动；其中 0 个无法读取，11 个未检查；档案共 23 份\n$/,
    );
    const stored = (db: string) => {
      const sqlite = new Database(join(tmp.dir, db), { readonly: true });
      try {
        return sqlite
          .prepare(
            'SELECT source, status, hash, year, report, findings, diagnostics FROM reports ORDER BY source',
          )
          .all();
      } finally {
        sqlite.close();
      }
    };
    expect(stored('w2.sqlite')).toEqual(stored('w0.sqlite'));
    expect(stored('w2.sqlite')).toHaveLength(23);
  });
});

describe('reading the archive', () => {
  beforeAll(async () => {
    await runCli(['archive', 'import', publishedDir, '--db', 'corpus.sqlite'], { cwd: tmp.dir });
  });

  test('list: body, year, level and counts; a file that is no report as not checked', async () => {
    const r = await runCli(['archive', 'list', '--db', 'corpus.sqlite'], { cwd: tmp.dir });
    expect(r.stdout).toMatch(
      /^平潭综合实验区 · 2022 · 设区的市级人民政府 {2}\d+ 个错误，\d+ 个警告 {2}.*05-pingtan-zone-2022\.txt$/m,
    );
    expect(r.stdout).toMatch(/未检查：不是报告文件（\.md） {2}.*SOURCES\.md$/m);
    expect(r.stderr).toMatch(/共 23 份\n$/);
  });

  test('validate reads it as a folder, years paired', async () => {
    const fromArchive = await runCli(['validate', 'corpus.sqlite', '--json'], { cwd: tmp.dir });
    const lines = fromArchive.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(23);
    const y2022 = lines.find((l) => l.file.endsWith('05-pingtan-zone-2022.txt'));
    expect(y2022.file).toMatch(/^corpus\.sqlite:\//);
    expect(y2022.previous.file).toMatch(/04-pingtan-zone-2021\.txt$/);
    const fromFolder = await runCli(['validate', publishedDir, '--json']);
    const folder2022 = fromFolder.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((l) => l.file.endsWith('05-pingtan-zone-2022.txt'));
    expect(y2022.findings).toEqual(folder2022.findings);
  });

  test('export: the reports as NDJSON or the xlsx workbook; forget removes a source', async () => {
    const out = await runCli(['archive', 'export', '--db', 'corpus.sqlite'], { cwd: tmp.dir });
    const exported = out.stdout.trimEnd().split('\n');
    // Every readable report of the published folder, its PDF and the blank template's .docx included.
    expect(exported).toHaveLength(12);
    expect(JSON.parse(exported[0] as string).agency.name).toBe('淮安市人民政府');
    const xlsx = await runCli(['archive', 'export', '--db', 'corpus.sqlite', '-o', 'corpus.xlsx'], {
      cwd: tmp.dir,
    });
    expect(xlsx.stderr).toMatch(/共检查 12 份报告/);
    expect(readFileSync(join(tmp.dir, 'corpus.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const forget = await runCli(
      ['archive', 'forget', join(publishedDir, 'SOURCES.md'), '--db', 'corpus.sqlite'],
      { cwd: tmp.dir },
    );
    expect(forget.stderr).toBe('已删除 1 份，档案余 22 份\n');
  });

  test('a damaged archive file: a clear message, exit 2', async () => {
    put(join(tmp.dir, 'damaged.sqlite'), 'these are not the bytes of a database'.repeat(200));
    const r = await runCli(['archive', 'list', '--db', 'damaged.sqlite'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/damaged\.sqlite 不是 gongkai 档案文件，或已损坏：请将其移走后重新导入/);
    const v = await runCli(['validate', 'damaged.sqlite'], { cwd: tmp.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('不是 gongkai 档案文件');
  });
});
