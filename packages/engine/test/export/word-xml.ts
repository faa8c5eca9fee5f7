/**
 * Reads back what a Word file holds, for the tests: each table's rows as Word stores them (cells with
 * their horizontal span, vertical merge and text), paragraphs with their style, the page set-up.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface WordCell {
  span: number;
  /** `restart` opens a vertical merge, `continue` sits under it. */
  merge?: 'restart' | 'continue';
  text: string;
}

export const wordPart = (docx: Uint8Array, part: string): string => {
  const file = unzipSync(docx)[part];
  if (!file) throw new Error(`no ${part} in the .docx`);
  return strFromU8(file);
};

const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

export function wordTables(docx: Uint8Array): WordCell[][][] {
  const xml = wordPart(docx, 'word/document.xml');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...(table as string).matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => {
        const span = Number((cell as string).match(/<w:gridSpan w:val="(\d+)"/)?.[1] ?? 1);
        const vMerge = (cell as string).match(/<w:vMerge(?: w:val="(\w+)")?\s*\/>/);
        const merge = vMerge ? ((vMerge[1] ?? 'continue') as WordCell['merge']) : undefined;
        return { span, ...(merge ? { merge } : {}), text: texts(cell as string).trim() };
      }),
    ),
  );
}

/** The merged-cell structure of a table (spans and merges, no text): what "cell for cell" compares. */
export const shape = (table: WordCell[][]) =>
  table.map((row) => row.map((c) => `${c.span}${c.merge ? `:${c.merge}` : ''}`));

/** The body's paragraphs outside tables, with their style id and text. */
export function wordParagraphs(docx: Uint8Array): { style?: string; text: string; xml: string }[] {
  const xml = wordPart(docx, 'word/document.xml').replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const style = p.match(/<w:pStyle w:val="([^"]+)"/)?.[1];
    return { ...(style ? { style } : {}), text: texts(p), xml: p };
  });
}
