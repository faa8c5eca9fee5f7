/**
 * Test scans made from the corpus' real PDF the way townships make theirs: the printed page rendered at
 * a scanner's resolution, turned a little, stamped with a red seal, saved as JPEG, and bound into a PDF
 * of page images. Made at run time from `corpus/published/`, so no image is committed twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
import { uniformLayout } from '@gongkai/schema';
import { type Canvas, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { renderPdf } from '../src/node.js';

export const HUAIAN = '01-huaian-city-gov-2024';

export interface Variant {
  name: string;
  dpi: number;
  /** JPEG quality, else PNG. */
  jpeg?: number;
  /** Degrees the sheet lay turned on the scanner. */
  rotate?: number;
  /** A red seal stamped over the table on these pages. */
  seal?: boolean;
}

export const VARIANTS: Variant[] = [
  { name: '300 dpi', dpi: 300 },
  { name: '200 dpi', dpi: 200 },
  { name: '150 dpi', dpi: 150 },
  { name: '300 dpi JPEG q60', dpi: 300, jpeg: 60 },
  { name: '150 dpi JPEG q60', dpi: 150, jpeg: 60 },
  { name: '200 dpi +1.5° JPEG q60', dpi: 200, jpeg: 60, rotate: 1.5 },
  { name: '200 dpi −1.5° JPEG q60', dpi: 200, jpeg: 60, rotate: -1.5 },
  { name: '300 dpi red seal JPEG q60', dpi: 300, jpeg: 60, seal: true },
];

export const huaianPdf = () => new Uint8Array(readFileSync(join(publishedDir, `${HUAIAN}.pdf`)));
export const huaianExpected = (): Record<string, number | null> =>
  JSON.parse(readFileSync(join(publishedDir, `${HUAIAN}.expected.json`), 'utf8')).cells;

export interface ScanImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * The expected figures printed on one page of the 淮安 PDF: page 3 holds section 二's first three tables,
 * page 4 its last two and section 三 down to row （四）1, page 5 the rest of 三 and section 四.
 */
export function expectedOnPage(page: 3 | 4 | 5): Record<string, number | null> {
  const applications = uniformLayout('2021')
    .cells.filter((c) => c.table === 'applications')
    .map((c) => c.address);
  const onPage4 = new Set([
    'activeDisclosure.punishment.decisions',
    'activeDisclosure.coercion.decisions',
    'activeDisclosure.fees.amount',
    ...applications.slice(0, 13 * 7),
  ]);
  const on = (a: string) => {
    if (onPage4.has(a)) return page === 4;
    return a.startsWith('activeDisclosure.') ? page === 3 : page === 5;
  };
  return Object.fromEntries(Object.entries(huaianExpected()).filter(([a]) => on(a)));
}

/** The chosen pages (1-based) of the real PDF as scanned images (JPEG or PNG bytes). */
export async function scanPages(variant: Variant, pages: readonly number[]): Promise<ScanImage[]> {
  const { rasters } = await renderPdf(huaianPdf(), variant.dpi);
  const out: ScanImage[] = [];
  let n = 0;
  for await (const raster of rasters) {
    n++;
    if (!pages.includes(n)) continue;
    const page = createCanvas(raster.width, raster.height);
    const context = page.getContext('2d');
    const pixels = context.createImageData(raster.width, raster.height);
    pixels.data.set(raster.data);
    context.putImageData(pixels, 0, 0);
    const sheet = variant.rotate ? turned(page, variant.rotate) : page;
    if (variant.seal) stamp(sheet.getContext('2d'), sheet.width, sheet.height);
    const bytes = variant.jpeg ? sheet.toBuffer('image/jpeg', variant.jpeg) : sheet.toBuffer('image/png');
    out.push({ bytes: new Uint8Array(bytes), width: sheet.width, height: sheet.height });
  }
  return out;
}

function turned(page: Canvas, degrees: number): Canvas {
  const out = createCanvas(page.width, page.height);
  const context = out.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, out.width, out.height);
  context.translate(out.width / 2, out.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
  return out;
}

/**
 * A round official seal (4.2 cm across: a ring, a star, an arc of strokes for its inscription) in red ink
 * that darkens what it covers (multiply), over the right half of the page's upper table rows.
 */
function stamp(context: SKRSContext2D, width: number, height: number): void {
  const unit = width / 595.3;
  const r = 60 * unit;
  const cx = width * 0.62;
  const cy = height * 0.6;
  context.save();
  context.globalCompositeOperation = 'multiply';
  context.strokeStyle = 'rgba(220, 30, 40, 0.85)';
  context.fillStyle = 'rgba(220, 30, 40, 0.85)';
  context.lineWidth = 3.5 * unit;
  context.beginPath();
  context.arc(cx, cy, r, 0, 2 * Math.PI);
  context.stroke();
  context.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const d = i % 2 === 0 ? 0.3 * r : 0.12 * r;
    context.lineTo(cx + d * Math.cos(a), cy + d * Math.sin(a));
  }
  context.closePath();
  context.fill();
  context.lineWidth = 2.2 * unit;
  for (let i = 0; i < 14; i++) {
    const a = Math.PI * (1.1 + (i * 0.8) / 13);
    const x = cx + 0.75 * r * Math.cos(a);
    const y = cy + 0.75 * r * Math.sin(a);
    context.strokeRect(x - 5 * unit, y - 5 * unit, 10 * unit, 10 * unit);
  }
  context.restore();
}

/** A PDF whose pages are the given JPEG images, full page on A4: what a scanner's "scan to PDF" writes. */
export function pdfOfJpegs(jpegs: readonly ScanImage[]): Uint8Array {
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (p: string | Uint8Array) => {
    const bytes = typeof p === 'string' ? new TextEncoder().encode(p) : p;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: string | (string | Uint8Array)[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const p of Array.isArray(body) ? body : [body]) push(p);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n');
  const kids = jpegs.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${jpegs.length} >>`);
  jpegs.forEach(({ bytes: jpeg, width: w, height: h }, i) => {
    const n = 3 + i * 3;
    const draw = 'q 595.28 0 0 841.89 0 0 cm /Im0 Do Q';
    object(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${n + 2} 0 R >> >> /Contents ${n + 1} 0 R >>`,
    );
    object(n + 1, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    object(n + 2, [
      `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ]);
  });
  const xref = length;
  const count = 3 + jpegs.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let i = 1; i < count; i++) push(`${String(offsets[i]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p as Uint8Array, at);
    at += (p as Uint8Array).length;
  }
  return out;
}
