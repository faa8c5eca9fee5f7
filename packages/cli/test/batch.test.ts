/**
 * Batches: a folder of generated reports checked on worker threads, with a broken file in the middle,
 * and a run interrupted by Ctrl-C (SIGINT) part-way through.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateReports, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
const COUNT = 300;
let dir: string;

beforeAll(() => {
  dir = generateReports(join(tmp.dir, 'province'), COUNT);
  // Broken files in the middle of the batch: cut-off JSON, and binary junk with a .json name.
  writeFileSync(join(dir, '0000', 'r000150.json'), '{"formatVersion":"2021","year":20');
  writeFileSync(join(dir, '0000', 'r000151.json'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8, 9, 0, 0]));
});
afterAll(() => tmp.remove());

describe('a broken file in the middle of a batch', () => {
  test('is reported and counted; every other file is checked, in order, on two workers', async () => {
    const r = await runCli(['validate', 'province', '--json', '--workers', '2'], { cwd: tmp.dir });
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(COUNT);
    expect(lines.map((l) => l.file)).toEqual(
      Array.from({ length: COUNT }, (_, i) => `province/0000/r${String(i).padStart(6, '0')}.json`),
    );
    const broken = lines.filter((l) => l.error);
    expect(broken.map((l) => l.file)).toEqual(['province/0000/r000150.json', 'province/0000/r000151.json']);
    expect(broken[0].error).toMatch(/^JSON 报告不合格式/);
    expect(broken[1].error).toMatch(/二进制/);
    // The generator puts a balance error in one report of seven.
    const balance = lines.filter((l) =>
      l.findings.some((f: { rule: string }) => f.rule === 'applications.balance'),
    );
    expect(balance.length).toBeGreaterThan(COUNT / 10);
    expect(r.stderr).toMatch(
      /共检查 298 份报告，2 个文件无法读取；0 份与同一机关上一年度的报告对照核对，298 份没有上一年度报告；共 300 个输入\n$/,
    );
    expect(r.code).toBe(2);
  });

  test('human output names the broken file with the reason, and the same counts', async () => {
    const r = await runCli(['validate', 'province', '--workers', '2', '--lang', 'en'], { cwd: tmp.dir });
    expect(r.stdout).toMatch(
      /province\/0000\/r000150\.json\n {2,}error +The JSON report is invalid: .* input\n/,
    );
    expect(r.stdout).toMatch(
      /; 298 reports checked, 2 files unreadable; 0 checked against the same body's previous year, 298 without one — 300 inputs in all\n$/,
    );
    expect(r.code).toBe(2);
  });

  test('one worker and all cores give the same output', async () => {
    const one = await runCli(['validate', 'province', '--json', '--workers', '1'], { cwd: tmp.dir });
    const all = await runCli(['validate', 'province', '--json'], { cwd: tmp.dir });
    const inline = await runCli(['validate', 'province', '--json', '--workers', '0'], { cwd: tmp.dir });
    expect(all.stdout).toBe(one.stdout);
    expect(inline.stdout).toBe(one.stdout);
  });
});

describe('an interrupted run (Ctrl-C)', () => {
  test('stops early, writes only whole lines, prints a partial summary and exits 130', async () => {
    let sent = false;
    const r = await runCli(['validate', 'province', '--json', '--workers', '1'], {
      cwd: tmp.dir,
      onStdout: (_chunk, child) => {
        // As soon as the first results are out, as a user pressing Ctrl-C would.
        if (!sent) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(COUNT);
    // The lines that were written are the first files, in order, with nothing skipped.
    expect(lines.map((l) => l.file)).toEqual(
      Array.from({ length: lines.length }, (_, i) => `province/0000/r${String(i).padStart(6, '0')}.json`),
    );
    expect(r.stderr).toContain(`共检查 ${lines.length - lines.filter((l) => l.error).length} 份报告`);
    expect(r.stderr).toContain('已中断：以上只计中断前检查的文件');
  });

  test('validate, on a pipe fed slowly: answers what came, then stops at once on Ctrl-C', async () => {
    const fifo = join(tmp.dir, 'few.ndjson');
    execFileSync('mkfifo', [fifo]);
    let child: ChildProcess | undefined;
    const run = runCli(['validate', fifo, '--json'], {
      cwd: tmp.dir,
      onSpawn: (c) => {
        child = c;
      },
    });
    const writer = createWriteStream(fifo);
    writer.write(`${readFileSync(join(dir, '0000', 'r000001.json'), 'utf8')}\n`.repeat(5));
    await untilIdle(child?.pid);
    child?.kill('SIGINT');
    const r = await run;
    writer.destroy();
    expect(r.code).toBe(130);
    // The five reports that came are checked without waiting for a full batch.
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([1, 2, 3, 4, 5].map((n) => `few.ndjson:${n}`));
    expect(r.stderr).toContain('共检查 5 份报告。已中断');
  });

  test('stats, reading a pipe that stalls, stops at once and writes a whole dashboard marked partial', async () => {
    const fifo = join(tmp.dir, 'reports.ndjson');
    execFileSync('mkfifo', [fifo]);
    const report = readFileSync(join(dir, '0000', 'r000001.json'), 'utf8');
    let child: ChildProcess | undefined;
    const run = runCli(['stats', fifo, '-o', 'out/stats.html', '--workers', '1'], {
      cwd: tmp.dir,
      onSpawn: (c) => {
        child = c;
      },
    });
    // 100 reports, then the pipe stays open with nothing more: the command waits for input.
    const writer = createWriteStream(fifo);
    await new Promise((resolve) => writer.write(`${report}\n`.repeat(100), resolve));
    // Interrupted once it has checked all it was given and sits waiting on the pipe (no CPU used for a
    // while), not after a fixed time, which a loaded machine would not meet.
    await untilIdle(child?.pid);
    child?.kill('SIGINT');
    const r = await run;
    writer.destroy();
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/共检查 100 份报告.*已中断/);
    const html = readFileSync(join(tmp.dir, 'out', 'stats.html'), 'utf8');
    expect(html).toContain('运行被中断：以下只统计中断前检查的报告。');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const csv = readFileSync(join(tmp.dir, 'out', 'stats.csv'), 'utf8');
    expect(csv).toContain('total,reports,检查的报告,,100,100');
    expect(readdirSync(join(tmp.dir, 'out')).sort()).toEqual(['stats.csv', 'stats.html']);
  });
});

/** Resolves once the process has used no CPU time for a second (Linux: /proc/<pid>/stat), or after 60 s. */
async function untilIdle(pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  const cpu = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  };
  const deadline = Date.now() + 60_000;
  let last = cpu();
  let still = 0;
  while (still < 5 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpu();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}
