/**
 * Turns what the user gave (pasted text, a dropped file's bytes) into a report with the importer's
 * diagnostics, keeping the text so the diagnostics can point at its lines.
 */
import { type Diagnostic, importReport } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';
import type { DraftSource } from '../drafts/draft.js';

export interface ImportedInput {
  report: Report;
  diagnostics: Diagnostic[];
  source?: DraftSource;
}

/** Diagnostics that mean nothing usable was read: no draft is made, the messages are shown instead. */
const unusable = new Set(['input.empty', 'input.unrecognized', 'json.invalid']);

/** Thrown when the input holds no report; its message is the importer's own explanation. */
export class UnusableInput extends Error {}

/** Extensions whose bytes are decoded to text here, so the diagnostics' line numbers can be shown. */
const textual = /\.(txt|text|html?|json|md|csv)$/i;

/** Imports text or bytes; `name` is the file name (empty for pasted text) and selects the reader. */
export async function importInput(
  input: string | ArrayBuffer,
  name: string,
  locale: Locale,
): Promise<ImportedInput> {
  const text = typeof input === 'string' ? input : textual.test(name) ? decodeText(input) : undefined;
  const result = await importReport(text ?? input, { locale, ...(name ? { filename: name } : {}) });
  const fatal = result.diagnostics.filter((d) => d.severity === 'error' && unusable.has(d.code));
  if (fatal.length > 0) {
    throw new UnusableInput(
      fatal
        .slice(0, 3)
        .map((d) => d.message)
        .join('；'),
    );
  }
  return {
    report: result.report,
    diagnostics: result.diagnostics,
    source: { name, kind: result.kind, ...(text !== undefined ? { text } : {}) },
  };
}

/**
 * UTF-8 when it is valid, else GB 18030: many portals still serve GBK pages and text. Decoded here (the
 * engine's own decoder is internal) so the text shown is the text the importer numbered the lines of.
 */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
