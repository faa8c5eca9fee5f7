import type { ImportOptions } from '../../diagnostics.js';
import { SIGNATURE_STYLE } from '../../export/docx/page.js';
import { diagnosticOf } from '../diagnostics/collector.js';
import type { ImportResult } from '../result.js';
import { toArrayBuffer } from '../sniff/bytes.js';
import { importHtml } from './html.js';

/** Reads a Word file (.docx, e.g. made from the official template) through mammoth, then the HTML path. */
export async function importDocx(
  input: Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes as they are.
    const bytes = toArrayBuffer(input);
    const source = { arrayBuffer: bytes, buffer: bytes } as unknown as Parameters<
      typeof mammoth.convertToHtml
    >[0];
    // The signature our Word export adds (agency and date of signing) is not part of the report.
    const styleMap = [`p[style-name='${SIGNATURE_STYLE.name}'] => !`];
    html = (await mammoth.convertToHtml(source, { styleMap })).value;
  } catch {
    html = '';
  }
  const result = importHtml(html, options);
  if (html === '') {
    result.diagnostics.unshift(diagnosticOf('input.unrecognized', { what: 'docx' }, options.locale ?? 'zh'));
  }
  return { ...result, kind: 'docx' };
}
