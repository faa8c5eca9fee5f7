/**
 * The corpus: real published reports, what a correct import must find in each, and the report JSON
 * written from each. Every package's tests (Node and browser) and the demo read it from here.
 * Uses Vite's import.meta.glob, so it loads under Vitest, Vite and the browser alike.
 */
import type { Report } from '@gongkai/schema';

/** What a correct import and validation must find, checked by hand against the published text. */
export interface Expected {
  file: string;
  year: number;
  agency: string;
  level: string;
  formatVersion: { activeDisclosure: '2021' | '2019' | null; applications: '2021' | '2019' | null };
  /** Every cell printed, by address; a cell not listed is blank (null). */
  cells: Record<string, number | null>;
  annotations: Record<string, string>;
  errors: string[];
  warnings: string[];
  crossYear: { previous: string | null; errors: string[]; warnings: string[] };
  notes: string;
}

export interface CorpusEntry {
  /** File stem, e.g. `xinglingzi-township-2024`, `html/shuyang-drc-2023`. */
  id: string;
  /** The published text or page as copied off the portal. */
  source: string;
  sourceFile: string;
  expected: Expected;
  /** The report JSON fixture written from the source. */
  report: Report;
  /** Id of last year's report by the same body, when the corpus has it. */
  previous?: string;
}

const sources = import.meta.glob<string>('./published/**/*.{txt,html}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expecteds = import.meta.glob<Expected>('./published/**/*.expected.json', {
  import: 'default',
  eager: true,
});
const reports = import.meta.glob<Report>('./reports/*.json', { import: 'default', eager: true });

function build(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const [path, expected] of Object.entries(expecteds)) {
    const stem = path.replace('./published/', '').replace('.expected.json', '');
    const sourcePath = Object.keys(sources).find(
      (p) => p.replace('./published/', '').replace(/\.(txt|html)$/, '') === stem,
    );
    const report = reports[`./reports/${stem.replace('html/', 'html-')}.json`];
    if (!sourcePath || !report) throw new Error(`corpus: ${stem} lacks its source or report JSON`);
    const previousFile = expected.crossYear.previous;
    out.push({
      id: stem,
      source: sources[sourcePath] as string,
      sourceFile: sourcePath.replace('./', ''),
      expected,
      report,
      ...(previousFile ? { previous: previousFile.replace(/\.(txt|html)$/, '') } : {}),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every report of the corpus, in file order. */
export const corpus: readonly CorpusEntry[] = build();

/** One entry by id; throws when there is none, so a renamed fixture fails loudly. */
export function entry(id: string): CorpusEntry {
  const found = corpus.find((e) => e.id === id);
  if (!found) throw new Error(`corpus: no entry ${id}`);
  return found;
}

/** The report this project started from: a township report whose section 三 is cut short. */
export const seedId = 'xinglingzi-township-2024';
