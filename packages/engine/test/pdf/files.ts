import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, publishedDir } from '@gongkai/corpus/node';

/** A PDF of the corpus as bytes: `published/…` or `derived/…`. */
export function pdfBytes(path: string): Uint8Array {
  const dir = path.startsWith('derived/') ? corpusDir : publishedDir;
  return new Uint8Array(readFileSync(join(dir, path)));
}

export const HUAIAN = '01-huaian-city-gov-2024.pdf';
