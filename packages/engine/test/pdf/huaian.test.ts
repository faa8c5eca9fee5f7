import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entry as corpusEntry } from '@gongkai/corpus';
import { publishedDir } from '@gongkai/corpus/node';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/pdf.js';
import { compareCells } from '../import/corpus-match.js';

const entry = corpusEntry('01-huaian-city-gov-2024');
const bytes = new Uint8Array(readFileSync(join(publishedDir, '01-huaian-city-gov-2024.pdf')));

describe('淮安市人民政府 2024, a real WPS export', () => {
  it('imports every cell of its expected file', async () => {
    const result = await importPdf(bytes);
    const { matched, total, wrong } = compareCells(entry, result.report);
    expect(wrong).toEqual([]);
    expect(matched).toBe(total);
  }, 60_000);
});
