import { createWorker, PSM, type Worker } from 'tesseract.js';

/** What tesseract read in one crop. */
export interface Reading {
  text: string;
  /** 0–100, tesseract's mean word confidence. */
  confidence: number;
}

/** Where the language data live: a folder holding `<code>.traineddata.gz` (an npm package's). */
export interface LanguagePaths {
  eng: string;
  chi_sim: string;
}

const FIGURE_CHARS = '0123456789.';

/**
 * A label's ordinal in brackets as printed: tesseract reads the full-width （ of 「（七）总计」 as 《, 〈,
 * 【 or 「 now and then, which would hide the row from the catalogue.
 */
export function numberedLabel(text: string): string {
  return text.replace(/^[(（《〈【[「『]([一二三四五六七八九十]{1,2})[)）》〉】\]」』]/, '（$1）');
}

/**
 * Two tesseract workers: one reads figures (digits and the decimal point only, one line), the other
 * Chinese labels. The language data are read from the installed packages' folders (`langPath`) and never
 * cached or fetched (`cacheMethod: 'none'`).
 */
export class Recognizer {
  private constructor(
    private readonly figures: Worker,
    private readonly labels: Worker,
  ) {}

  static async create(
    paths: LanguagePaths,
    options: { workerPath?: string; corePath?: string; workerBlobURL?: boolean } = {},
  ) {
    const common = { cacheMethod: 'none', gzip: true, ...options };
    const figures = await createWorker('eng', 1, { ...common, langPath: paths.eng });
    await figures.setParameters({
      tessedit_char_whitelist: FIGURE_CHARS,
      tessedit_pageseg_mode: PSM.SINGLE_LINE,
      user_defined_dpi: '300',
    });
    const labels = await createWorker('chi_sim', 1, { ...common, langPath: paths.chi_sim });
    await labels.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK, user_defined_dpi: '300' });
    return new Recognizer(figures, labels);
  }

  async figure(image: Uint8Array): Promise<Reading> {
    const { data } = await this.figures.recognize(image as never);
    return { text: data.text.replace(/\s+/g, ''), confidence: data.confidence };
  }

  async label(image: Uint8Array): Promise<Reading> {
    const { data } = await this.labels.recognize(image as never);
    // Chinese has no spaces between words: tesseract's are between glyphs or from wrapped lines.
    return { text: numberedLabel(data.text.replace(/\s+/g, '')), confidence: data.confidence };
  }

  /** Lines of running text (a title, a heading), each with its spaces between glyphs removed. */
  async prose(image: Uint8Array): Promise<string[]> {
    const { data } = await this.labels.recognize(image as never);
    return data.text
      .split('\n')
      .map((line) => line.replace(/\s+/g, ''))
      .filter((line) => line !== '');
  }

  async close(): Promise<void> {
    await Promise.all([this.figures.terminate(), this.labels.terminate()]);
  }
}
