import { isLongFormCsv } from '../readers/csv.js';
import type { ImportResult } from '../result.js';

type Kind = ImportResult['kind'];

const HTML = /<(?:!doctype\s+html|html|head|body|table|p|div|span|br|meta|article)\b/i;

/** The kind of a text input, by its content first and its file name as a hint. */
export function sniffText(text: string, filename?: string): Kind {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (head.startsWith('{')) return 'json';
  if (isLongFormCsv(head)) return 'csv';
  if (head.startsWith('<') && HTML.test(head)) return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (HTML.test(head) && /<\/(?:p|div|td|table|span)>/i.test(head)) return 'html';
  return 'text';
}
