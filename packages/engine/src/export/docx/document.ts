/**
 * The report as a Word file in the official template's layout: the title 〈机关〉〈年〉年政府信息公开工作年度报告,
 * the six sections in order (text as paragraphs, the three tables cell for cell), the signature at the
 * end; A4 with page numbers. Built with `docx`, in Node and the browser alike.
 */
import type { Locale, Report } from '@gongkai/schema';
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import { partsOf, titleOf } from '../sections.js';
import { signatureOf, signOffLines } from '../signature.js';
import { FONTS, PAGE, SIGNATURE_STYLE, SIZES, TABLE_STYLE } from './page.js';
import { wordTable } from './table.js';

export interface DocxOptions {
  locale?: Locale;
  /** The date of signing as printed, e.g. 2025年1月20日; blank (to be written by hand) when not given. */
  date?: string;
}

const run = (text: string, font: keyof typeof FONTS, extra: { bold?: boolean } = {}) =>
  new TextRun({ text, font: FONTS[font], size: SIZES[font], ...extra });

const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 320 },
    children: [run(text, 'title', { bold: true })],
  });

const heading = (text: string) =>
  new Paragraph({ spacing: { before: 160, after: 160 }, keepNext: true, children: [run(text, 'heading')] });

/** A paragraph of text, its first line indented two characters as government documents print it. */
const body = (text: string) =>
  new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.BOTH, children: [run(text, 'body')] });

const signatureLine = (text: string, style?: string) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, style, children: [run(text, 'body')] });

/** 「— 1 —」 centred at the foot of every page. */
const pageNumbers = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.body, size: 28 })],
      }),
    ],
  });

function children(report: Report, options: DocxOptions): (Paragraph | Table)[] {
  const locale = options.locale ?? 'zh';
  const out: (Paragraph | Table)[] = [title(titleOf(report, locale))];
  for (const part of partsOf(report, locale)) {
    if (part.kind === 'heading') out.push(heading(part.text));
    else if (part.kind === 'table') out.push(wordTable(report, part.table, locale));
    else {
      const keep =
        part.section === 'otherMatters' ? part.lines.length - signOffLines(part.lines) : part.lines.length;
      for (const line of part.lines.slice(0, keep)) out.push(body(line));
    }
  }
  out.push(new Paragraph({ children: [] }));
  // The report's own signature prints as it stands (it is the end of 六 and reads back there); otherwise
  // the agency and the date, in the style the Word reader passes over.
  const signature = signatureOf(report, options.date);
  for (const line of signature.lines)
    out.push(signatureLine(line, signature.own ? undefined : SIGNATURE_STYLE.id));
  return out;
}

function document(report: Report, options: DocxOptions): Document {
  return new Document({
    creator: 'gongkai',
    title: titleOf(report, options.locale ?? 'zh'),
    styles: {
      default: { document: { run: { font: FONTS.body, size: SIZES.body } } },
      paragraphStyles: [
        { id: SIGNATURE_STYLE.id, name: SIGNATURE_STYLE.name, basedOn: 'Normal', quickFormat: true },
        {
          id: TABLE_STYLE.id,
          name: TABLE_STYLE.name,
          basedOn: 'Normal',
          run: { font: FONTS.table, size: SIZES.table },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        footers: { default: pageNumbers() },
        children: children(report, options),
      },
    ],
  });
}

/** The report as a .docx file in the official template's layout. */
export async function toDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document(report, options)));
}
