import { NARRATIVE_IDS, type NarrativeFigureDef, type NarrativeId, narrativeFigures } from '@gongkai/schema';

/** A figure found in the narrative: which one, where, the number and the words it was read from. */
export interface Statement {
  figure: NarrativeFigureDef;
  section: NarrativeId;
  value: number;
  text: string;
}

// Reading text is most of what checking a report costs, so a section is scanned once, for the
// figures' keywords; each wording begins with one and is tried (sticky) only where a keyword stands.
const byKeyword = new Map<string, { figure: NarrativeFigureDef; regex: RegExp }[]>();
for (const figure of narrativeFigures) {
  for (const pattern of figure.patterns) {
    const regex = new RegExp(pattern, 'y');
    for (const keyword of figure.keywords) {
      const list = byKeyword.get(keyword) ?? [];
      list.push({ figure, regex });
      byKeyword.set(keyword, list);
    }
  }
}
const keywords = new RegExp(
  [...byKeyword.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
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

/** The figures stated in a report's narrative in reading order, each value of a figure once. */
export function statementsOf(narrative: Readonly<Record<NarrativeId, string>>): readonly Statement[] {
  for (const entry of recent) {
    if (NARRATIVE_IDS.every((s) => entry.narrative[s] === narrative[s])) return entry.statements;
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
  for (const section of NARRATIVE_IDS) {
    const text = narrative[section] ?? '';
    if (text === '') continue;
    keywords.lastIndex = 0;
    for (let k = keywords.exec(text); k !== null; k = keywords.exec(text)) {
      for (const { figure, regex } of byKeyword.get(k[0]) ?? []) {
        regex.lastIndex = k.index;
        const m = regex.exec(text);
        if (!m) continue;
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
