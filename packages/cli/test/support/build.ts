/**
 * Builds the CLI for end-to-end tests with esbuild, the way tsup does (index, bin, worker), but from the
 * workspace packages' sources (`source` condition), so the tests never run against a stale dist of the
 * engine or schema. Third-party packages stay external at the paths Node itself would resolve.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Inside the package, so the build resolves `@gongkai/components/cdn/…` like the real dist does. */
export const buildDir = join(packageDir, 'test-results', 'cli-build');
export const binPath = join(buildDir, 'bin.js');

const externalizeThirdParty: Plugin = {
  name: 'externalize-third-party',
  setup(b) {
    // The OCR reader is an optional package the CLI loads at run time, as users install it: its built dist
    // (its language data and pdf.js are found from its own folder, which a bundle would lose).
    b.onResolve({ filter: /^@gongkai\/ocr(\/node)?$/ }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('@gongkai/')) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: true };
    });
  },
};

/** Builds once per test run (global setup). */
export async function buildCli(): Promise<void> {
  // A clean folder: chunk names change with the code, and a stale chunk must not be picked up.
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  await build({
    entryPoints: {
      index: join(packageDir, 'src/index.ts'),
      bin: join(packageDir, 'src/bin.ts'),
      worker: join(packageDir, 'src/batch/worker.ts'),
    },
    outdir: buildDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    define: { __VERSION__: '"0.0.0-test"' },
    plugins: [externalizeThirdParty],
    logLevel: 'silent',
  });
  if (!existsSync(join(buildDir, 'package.json')))
    writeFileSync(join(buildDir, 'package.json'), '{"type":"module"}\n');
}
