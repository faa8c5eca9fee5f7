/**
 * Derived copies of the corpus' real reports with the label, heading, title and signature variants met on
 * other portals: each a documented edit of the real text, each with what a correct import finds (the
 * original's cells, year and body, except where the edit itself removed a figure). Every variant is also
 * flattened onto one line (`deriveText`), so that the reading by labels meets it too.
 */
import { deriveText } from './derive.js';
import type { CorpusEntry } from './index.js';

export interface VariantCopy {
  /** `09-shuyang-county-drc-2023~heading-plan~one-line-glued` */
  id: string;
  variant: string;
  text: string;
  cells: Record<string, number | null>;
  year: number;
  agency: string;
  /** Rows whose cells the edit removed: blank, each with a diagnostic naming it. */
  removedRows: string[];
}

interface Edit {
  name: string;
  /** The edited text, or undefined when the report does not print what the edit changes. */
  apply(source: string, entry: CorpusEntry): string | undefined;
  removedRows?: string[];
}

const replaceAll = (from: string, to: string) => (source: string) =>
  source.includes(from) ? source.split(from).join(to) : undefined;

const lines = (source: string) => source.split('\n');
const titleIndex = (source: string) => lines(source).findIndex((l) => /年度?报告/.test(l) && l.length < 60);
// The statistics period a report states (2023年1月1日至2023年12月31日, 2019年1月1日到12月31日止).
const PERIOD =
  /(?:19|20)\d{2}\s*年\s*1\s*月\s*1\s*日\s*起?\s*[至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?12\s*月\s*31\s*日/;
// The signature closing a report: the body's name on a line, the date on the last.
const signatureOf = (source: string, agency: string) => {
  const ls = lines(source.trimEnd());
  const date = ls[ls.length - 1] ?? '';
  return ls[ls.length - 2]?.trim() === agency && /^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$/.test(date)
    ? { body: ls.length - 2, date: date.trim() }
    : undefined;
};

const EDITS: readonly Edit[] = [
  // Column headers and the note as other portals print them.
  { name: 'label-xianxing', apply: replaceAll('现行有效件数', '先行有效件数') },
  { name: 'label-cut', apply: replaceAll('现行有效件数', '现行有效件') },
  { name: 'note-jiji', apply: replaceAll('勾稽关系', '钩稽关系') },
  // Section headings reworded.
  {
    name: 'heading-plan',
    apply: replaceAll('五、存在的主要问题及改进情况', '五、存在的主要问题及明年工作计划'),
  },
  {
    name: 'heading-measures',
    apply: replaceAll('五、存在的主要问题及改进情况', '五、存在的主要问题及改进措施'),
  },
  {
    name: 'heading-appeals',
    apply: replaceAll('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议与行政诉讼情况'),
  },
  // The title's words shuffled by a careless copy (政府信息公开工作告年度报).
  { name: 'title-garbled', apply: replaceAll('政府信息公开工作年度报告', '政府信息公开工作告年度报') },
  // The 规章 row left out of section 二: its cells blank, with a diagnostic, never 0.
  {
    name: 'no-regulations-row',
    apply: (s) => (/^规章\t/m.test(s) ? s.replace(/^规章\t.*\n/m, '') : undefined),
    removedRows: ['activeDisclosure.regulations'],
  },
  // The year left out of the title: read from the statistics period.
  {
    name: 'year-from-period',
    apply: (s) => {
      const i = titleIndex(s);
      if (i < 0 || !PERIOD.test(s)) return undefined;
      const ls = lines(s);
      ls[i] = ls[i]!.replace(/(?:19|20)\d{2}\s*年度?/, '');
      return ls.join('\n');
    },
  },
  // No title at all, a signature at the end: the body, and the year before the date.
  {
    name: 'signature-only',
    apply: (s, e) => {
      const i = titleIndex(s);
      if (i < 0 || !signatureOf(s, e.expected.agency)) return undefined;
      return lines(s)
        .filter((_, k) => k !== i)
        .join('\n');
    },
  },
  // A report written as a letter: 此函 before the signature, no title.
  {
    name: 'letter',
    apply: (s, e) => {
      const i = titleIndex(s);
      const sig = signatureOf(s, e.expected.agency);
      if (i < 0 || !sig) return undefined;
      const ls = lines(s.trimEnd()).filter((_, k) => k !== i);
      ls.splice(ls.length - 2, 0, '此函');
      return ls.join('\n');
    },
  },
  // No title and no signature: the page's publication lines (发布时间, 发布机构) give them.
  {
    name: 'publication-lines',
    apply: (s, e) => {
      const i = titleIndex(s);
      const sig = signatureOf(s, e.expected.agency);
      if (i < 0 || !sig) return undefined;
      const date = sig.date.replace(
        /(\d+)年(\d+)月(\d+)日/,
        (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
      );
      const body = lines(s.trimEnd()).filter((_, k) => k !== i && k < sig.body);
      return [`发布时间: ${date}`, `发布机构: ${e.expected.agency}`, ...body].join('\n');
    },
  },
];

/** The lines of section 二 (its heading to 三's), or undefined when the report lacks either heading. */
function sectionTwo(source: string): { from: number; to: number; lines: string[] } | undefined {
  const ls = lines(source);
  const from = ls.findIndex((l) => l.startsWith('二、主动公开'));
  const to = ls.findIndex((l) => l.startsWith('三、收到和处理'));
  return from < 0 || to < from ? undefined : { from, to, lines: ls };
}

/**
 * A 2019-layout section 二 inside a later report (a body that kept last format's table): each 2021 report's
 * section 二 replaced by that of the corpus' 2019 report; its cells are then the 2019 report's.
 */
function mixedFormat(entries: readonly CorpusEntry[]): VariantCopy[] {
  const old = entries.find(
    (e) => e.expected.formatVersion.activeDisclosure === '2019' && e.sourceFile.endsWith('.txt'),
  );
  const oldTwo = old && sectionTwo(old.source);
  if (!old || !oldTwo) return [];
  const out: VariantCopy[] = [];
  for (const entry of entries) {
    if (entry === old || entry.expected.formatVersion.activeDisclosure !== '2021') continue;
    const two = entry.sourceFile.endsWith('.txt') ? sectionTwo(entry.source) : undefined;
    if (!two) continue;
    const text = [
      ...two.lines.slice(0, two.from),
      ...oldTwo.lines.slice(oldTwo.from, oldTwo.to),
      ...two.lines.slice(two.to),
    ].join('\n');
    const cells = {
      ...Object.fromEntries(
        Object.entries(entry.expected.cells).filter(([a]) => !a.startsWith('activeDisclosure.')),
      ),
      ...Object.fromEntries(
        Object.entries(old.expected.cells).filter(([a]) => a.startsWith('activeDisclosure.')),
      ),
    };
    const base = {
      variant: 'section-two-2019',
      cells,
      year: entry.expected.year,
      agency: entry.expected.agency,
      removedRows: [],
    };
    out.push({ ...base, id: `${entry.id}~section-two-2019`, text });
    out.push({
      ...base,
      id: `${entry.id}~section-two-2019~one-line-glued`,
      text: deriveText(text, 'one-line-glued'),
    });
  }
  return out;
}

/** Every variant of every text report, line-shaped and flattened onto one line. */
export function deriveVariants(entries: readonly CorpusEntry[]): VariantCopy[] {
  const out: VariantCopy[] = [];
  for (const entry of entries) {
    const printed = Object.values(entry.expected.cells).some((v) => v !== null);
    if (!entry.sourceFile.endsWith('.txt') || !printed) continue;
    for (const edit of EDITS) {
      const text = edit.apply(entry.source, entry);
      if (text === undefined) continue;
      const removed = edit.removedRows ?? [];
      const cells = Object.fromEntries(
        Object.entries(entry.expected.cells).map(([a, v]) => [
          a,
          removed.some((r) => a.startsWith(`${r}.`)) ? null : v,
        ]),
      );
      const base = {
        variant: edit.name,
        cells,
        year: entry.expected.year,
        agency: entry.expected.agency,
        removedRows: removed,
      };
      out.push({ ...base, id: `${entry.id}~${edit.name}`, text });
      out.push({
        ...base,
        id: `${entry.id}~${edit.name}~one-line-glued`,
        text: deriveText(text, 'one-line-glued'),
      });
    }
  }
  return [...out, ...mixedFormat(entries)];
}
