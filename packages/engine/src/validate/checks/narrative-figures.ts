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

const compiled = narrativeFigures.map((figure) => ({
  figure,
  patterns: figure.patterns.map((p) => new RegExp(p, 'g')),
}));

/**
 * The figures stated in a report's narrative, first statement of each value kept, in reading order
 * of the catalogue's figures. Full-width digits (３１１９) are read as ASCII.
 */
export function statementsOf(narrative: Readonly<Record<NarrativeId, string>>): Statement[] {
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const section of NARRATIVE_SECTIONS) {
    let text = narrative[section] ?? '';
    if (text === '') continue;
    if (/[０-９]/.test(text))
      text = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    for (const { figure, patterns } of compiled) {
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          const value = Number((m.groups?.n ?? '').replace(/[,，]/g, ''));
          const key = `${figure.id}=${value}`;
          if (!Number.isFinite(value) || seen.has(key)) continue;
          seen.add(key);
          out.push({ figure, section, value, text: m[0] });
        }
      }
    }
  }
  return out;
}
