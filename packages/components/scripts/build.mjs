/**
 * Builds the package: the ES modules for bundlers and Node (`dist/`, dependencies external), and the
 * self-contained CDN bundles (`dist/cdn/`, Lit included, minified). Declarations come from `tsc`.
 * Exported so tests can build into a temporary folder.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * Collapses the whitespace and comments of Lit's css`` literals in our own sources: the CDN budget is
 * tight and Lit ships styles as strings.
 */
export function minifyCssLiterals() {
  return {
    name: 'gk-minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(
        /css`([^`]*)`/g,
        (_m, body) =>
          `css\`${body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{}:;,>])\s*/g, '$1')
            .replace(/;}/g, '}')
            .trim()}\``,
      );
    },
  };
}

const defines = ['gk-report', 'gk-findings', 'gk-report-editor', 'gk-report-compare'];

/** The library: one module per public entry, shared code in chunks, every dependency external. */
export async function buildLib(outDir = 'dist') {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: {
          index: 'src/index.ts',
          'ssr/index': 'src/ssr/index.ts',
          ...Object.fromEntries(defines.map((d) => [`define/${d}`, `src/define/${d}.ts`])),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: (id) => /^(lit|@lit|@lit-labs|@gongkai)(\/|$)/.test(id) || id.startsWith('node:'),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/**
 * The engine as its own file beside the read-only bundle, loaded only when findings are shown: built
 * apart so the report bundle keeps just the catalogue parts it renders from.
 */
function lazyEngine(file) {
  return {
    name: 'gk-lazy-engine',
    enforce: 'pre',
    resolveId(source) {
      return source === '@gongkai/engine' ? { id: `./${file}`, external: true } : null;
    },
  };
}

function cdnConfig(outDir, name, entry, plugins = [], codeSplitting = false) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyCssLiterals(), ...plugins],
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
      // Vite keeps whitespace in library ES output for downstream bundlers; these files are final.
      // One file where possible; the editor keeps the engine's on-demand readers (Word, Excel) as chunks
      // of their own, which the editor never loads (inlining them would add megabytes).
      rolldownOptions: {
        output: { codeSplitting, minify: true, chunkFileNames: `${name}-chunks/[name]-[hash].js` },
      },
    },
  };
}

/** One self-registering file per page type, Lit included; the report's engine file loads on demand. */
export async function buildCdn(outDir = 'dist/cdn') {
  await build(cdnConfig(outDir, 'gk-report', 'src/cdn/gk-report.ts', [lazyEngine('gk-report-engine.js')]));
  await build(cdnConfig(outDir, 'gk-report-engine', 'src/cdn/gk-report-engine.ts'));
  await build(cdnConfig(outDir, 'gk-report-editor', 'src/cdn/gk-report-editor.ts', [], true));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  if (!only || only === 'lib') await buildLib();
  if (!only || only === 'cdn') await buildCdn();
}
