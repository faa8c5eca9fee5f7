/** `main` in this process, with its own streams: what tests and other tools that embed the CLI call. */
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { describe, expect, test } from 'vitest';
import { main } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

describe('main', () => {
  test('validate writes to the given streams and resolves to the exit code', async () => {
    const { io, stdout, stderr } = memoryIo(reportsDir);
    const code = await main(['validate', '15-xizhen-jiaxian-township-2022-FRAGMENT.json', '--json'], io);
    expect(code).toBe(1);
    const line = JSON.parse(stdout());
    expect(line.file).toBe('15-xizhen-jiaxian-township-2022-FRAGMENT.json');
    expect(line.ok).toBe(false);
    expect(stderr()).toContain('共检查 1 份报告');
  });

  test('no command: the help, exit 2', async () => {
    const { io, stdout } = memoryIo(reportsDir);
    expect(await main([], io)).toBe(2);
    expect(stdout()).toContain('用法：gongkai <命令>');
  });

  test('GONGKAI_LANG=en sets the default language', async () => {
    const { io, stderr } = memoryIo(reportsDir, { GONGKAI_LANG: 'en' });
    expect(await main(['fill'], io)).toBe(2);
    expect(stderr()).toBe('gongkai: name one report to fill (see gongkai --help)\n');
  });

  test('an already interrupted run checks nothing and says so', async () => {
    const { io, stdout } = memoryIo(reportsDir);
    const controller = new AbortController();
    controller.abort();
    const code = await main(['validate', join(reportsDir)], { ...io, interrupted: controller.signal });
    expect(code).toBe(130);
    expect(stdout()).toContain('已中断');
  });
});
