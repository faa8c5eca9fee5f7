import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { HUAIAN, pdfBytes } from './files.js';

type WithBase64 = Uint8Array & {
  toBase64?: (options?: { alphabet?: string; omitPadding?: boolean }) => string;
};

describe('the polyfills pdf.js brings into Node', () => {
  it('leave the native push, and a toBase64 that encodes as the standard says', async () => {
    const push = Array.prototype.push;
    await readPdf(pdfBytes(HUAIAN), { maxPages: 1 });
    expect(Array.prototype.push).toBe(push);
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    const part = bytes.subarray(3, 200) as WithBase64;
    expect(typeof part.toBase64).toBe('function');
    // A view onto a larger buffer encodes only its own bytes.
    expect(part.toBase64!()).toBe(Buffer.from(bytes.slice(3, 200)).toString('base64'));
    expect((new Uint8Array(0) as WithBase64).toBase64!()).toBe('');
    // The options the proposal gives (here the URL alphabet, no padding) are still honoured.
    const url = part.toBase64!({ alphabet: 'base64url', omitPadding: true });
    expect(url).toBe(Buffer.from(bytes.slice(3, 200)).toString('base64url'));
  }, 60_000);
});
