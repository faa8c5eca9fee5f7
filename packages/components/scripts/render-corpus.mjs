/**
 * Server-renders every corpus report (the package's SSR entry, run from source through Vite) and
 * prints `{ [id]: html }` as JSON. Its own process, because the SSR DOM shim must not leak into the
 * test runner; used by the browser tests (a Vitest command) and the benchmark.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** `{ id: markup }` for every report of the corpus. */
export async function renderCorpus() {
  const server = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source', 'module', 'node', 'production'] } },
  });
  try {
    const { corpus } = await server.ssrLoadModule('@gongkai/corpus');
    const { renderReportToString } = await server.ssrLoadModule('/src/ssr/index.ts');
    return Object.fromEntries(corpus.map((e) => [e.id, renderReportToString(e.report, { lang: 'zh' })]));
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await renderCorpus()));
}
