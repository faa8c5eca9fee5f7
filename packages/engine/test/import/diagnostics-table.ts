import { IMPORT_DIAGNOSTIC_CODES, IMPORT_DIAGNOSTICS } from '../../src/import/diagnostics/catalogue.js';

/** The Markdown table of docs/IMPORT-DIAGNOSTICS.md: one line per code and wording, from the catalogue. */
export function diagnosticsTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = ['| Code | Severity | 中文 (example) | English (example) |', '| --- | --- | --- | --- |'];
  for (const code of IMPORT_DIAGNOSTIC_CODES) {
    const def = IMPORT_DIAGNOSTICS[code];
    for (const sample of def.samples) {
      const words = (def.words as (p: typeof sample) => { zh: string; en: string })(sample);
      lines.push(`| \`${code}\` | ${def.severity} | ${cell(words.zh)} | ${cell(words.en)} |`);
    }
  }
  return lines.join('\n');
}
