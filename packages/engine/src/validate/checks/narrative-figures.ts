import { type NarrativeFigureDef, type NarrativeId, narrativeFigures } from '@gongkai/schema';

/** A figure found in the narrative: which one, where, the number and the words it was read from. */
export interface Statement {
  figure: NarrativeFigureDef;
  section: NarrativeId;
  value: number;
  text: string;
}

/** Narrative sections in printed order: 一, 五, 六. */
export const NARRATIVE_SECTIONS: readonly NarrativeId[] = ['overview', 'problems', 'otherMatters'];

// One regular expression per wording, each starting on its keyword: V8 skips ahead to a keyword's
// first character, which a single alternation of every wording turned out to prevent (4× slower).
const wordings = narrativeFigures.flatMap((figure) =>
  figure.patterns.map((p) => ({ figure, regex: new RegExp(p, 'g') })),
);

/** A number as printed (full-width digits and thousands separators allowed) as a number. */
function numberOf(printed: string): number {
  const ascii = printed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return Number(ascii.replace(/[,，]/g, ''));
}

// The statements of the last few narratives read. Editing a cell revalidates a report whose text has
// not changed; comparing three strings is far cheaper than scanning them again.
const recent: { narrative: Readonly<Record<NarrativeId, string>>; statements: Statement[] }[] = [];
const RECENT = 8;

/** The figures stated in a report's narrative, by section and then by wording, each value of a figure once. */
export function statementsOf(narrative: Readonly<Record<NarrativeId, string>>): readonly Statement[] {
  for (const entry of recent) {
    if (NARRATIVE_SECTIONS.every((s) => entry.narrative[s] === narrative[s])) return entry.statements;
  }
  const statements = scanNarrative(narrative);
  recent.unshift({
    narrative: {
      overview: narrative.overview,
      problems: narrative.problems,
      otherMatters: narrative.otherMatters,
    },
    statements,
  });
  if (recent.length > RECENT) recent.pop();
  return statements;
}

function scanNarrative(narrative: Readonly<Record<NarrativeId, string>>): Statement[] {
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const section of NARRATIVE_SECTIONS) {
    const text = narrative[section] ?? '';
    if (text === '') continue;
    let skip: NarrativeFigureDef | undefined;
    let keep: NarrativeFigureDef | undefined;
    for (const { figure, regex } of wordings) {
      // A figure whose keywords are all absent cannot match: indexOf is far cheaper than a scan.
      if (figure === skip) continue;
      if (figure !== keep) {
        if (!figure.keywords.some((k) => text.includes(k))) {
          skip = figure;
          continue;
        }
        keep = figure;
      }
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const value = numberOf(m.groups?.n ?? '');
        const key = `${figure.id}=${value}`;
        if (!Number.isFinite(value) || seen.has(key)) continue;
        seen.add(key);
        out.push({ figure, section, value, text: m[0] });
      }
    }
  }
  return out;
}

/** Forgets the narratives read (for benchmarks of a first validation). */
export function forgetStatements(): void {
  recent.length = 0;
}
