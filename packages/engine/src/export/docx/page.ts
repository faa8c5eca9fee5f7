/**
 * How the Word file looks: the type of government documents (党政机关公文格式, GB/T 9704) on A4, with
 * font names that Word and WPS on Windows carry (宋体, 黑体, 仿宋), so nothing is substituted; the tables
 * in 宋体 10 pt as the official template sets them. Sizes in half-points, lengths in twips.
 */

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' });

export const FONTS = {
  /** The title: 小标宋 where installed is not certain, so 宋体 bold, as the template prints it. */
  title: font('宋体'),
  heading: font('黑体'),
  body: font('仿宋'),
  table: font('宋体'),
} as const;

export const SIZES = {
  /** 小二 */
  title: 36,
  /** 三号 */
  heading: 32,
  body: 32,
  /** The template's tables: 10 pt. */
  table: 20,
} as const;

/** A4, with the official template's margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1440, right: 1800, bottom: 1440, left: 1800, header: 851, footer: 992 },
} as const;

/** The width of the text: the page between its margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** The template's tables are 9,740 twips wide, wider than its text (8,306): centred, over the margins. */
export const TABLE_WIDTH = 9740;

/**
 * The signature's paragraph style. The Word reader skips paragraphs of this style: they hold only the
 * agency (already in the title) and the date of signing, which is no part of the report.
 */
export const SIGNATURE_STYLE = { id: 'gongkaiSignature', name: 'gongkai 落款' } as const;

/** The tables' paragraph style: 宋体 10 pt held once in styles.xml, not on each of some 600 cells. */
export const TABLE_STYLE = { id: 'gongkaiTable', name: 'gongkai 表格' } as const;
