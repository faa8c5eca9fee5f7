/**
 * When a test fails, keeps a screenshot of every page still open in `test-results/failures/`, named
 * after the test: in CI that picture is usually the quickest way to see what went wrong.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { openPages } from './browser.js';

const dir = fileURLToPath(new URL('../../test-results/failures/', import.meta.url));

afterEach(async (context) => {
  for (const page of openPages) if (page.isClosed()) openPages.delete(page);
  const pages = [...openPages];
  if (context.task.result?.state !== 'fail' || pages.length === 0) return;
  await mkdir(dir, { recursive: true });
  const name = context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  await Promise.all(
    pages.map((page, i) =>
      page.screenshot({ path: `${dir}${name}${i ? `-${i}` : ''}.png`, fullPage: true }).catch(() => {}),
    ),
  );
});
