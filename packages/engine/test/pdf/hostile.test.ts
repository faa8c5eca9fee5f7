import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { importPdf } from '../../src/pdf.js';

/**
 * A hostile PDF written here, byte by byte: thousands of (empty) pages and a JavaScript action run on
 * opening. Only the shape matters, so it is built rather than found.
 */
function hostilePdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>');
  objects.push(`<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`);
  objects.push('<< /Length 5 >>\nstream\nBT ET\nendstream');
  for (let i = 0; i < pages; i++)
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << >> >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('hostile PDFs return in bounded time and memory', () => {
  it('thousands of pages: only the first ones are read', async () => {
    const read = await readPdf(hostilePdf(3000), { maxPages: 50 });
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.pageCount).toBe(3000);
    expect(read.pages).toHaveLength(50);
  }, 60_000);

  it('a JavaScript action is never run, and a file with no text says so', async () => {
    const result = await importPdf(hostilePdf(3));
    expect(result.diagnostics[0]).toMatchObject({ code: 'pdf.no-text', severity: 'error' });
    expect(result.diagnostics[0]!.message).toBe('PDF 中没有文字，也没有图片：无法读取');
  }, 60_000);

  it('the time cap stops a read that runs too long', async () => {
    const read = await readPdf(hostilePdf(3000), { maxPages: 3000, timeoutMs: 1 });
    expect(read.status).toBe('timeout');
  }, 60_000);
});
