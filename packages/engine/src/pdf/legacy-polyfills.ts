/**
 * pdf.js's legacy build (the one Node runs) bundles core-js, which installs polyfills for the whole
 * process. Two of them cost more than the reading itself; they are mended right after the build loads.
 */

/**
 * The engine's `Array.prototype.push`, taken before pdf.js loads. On Node 20 core-js replaces it with a
 * polyfill several times slower (for arrays past 2³² items, which nothing here reaches); every push in the
 * process then pays, pdf.js's operator lists first. Measured on the 淮安 PDF in one run: importPdf 652 →
 * 469 ms (median of 16), pdf.js's own text extraction 278 → 186 ms.
 */
const nativePush = Array.prototype.push;

type ToBase64 = (this: Uint8Array, options?: { alphabet?: string; omitPadding?: boolean }) => string;

/** `Uint8Array.prototype.toBase64` before pdf.js loads: undefined on Node 20, native on later engines. */
const nativeToBase64 = (Uint8Array.prototype as unknown as { toBase64?: ToBase64 }).toBase64;

export function mendPolyfills(): void {
  // Put back only what the build replaced; the native push is what every other caller expects anyway.
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
  // `Uint8Array.prototype.toBase64` is not in Node 20, and core-js's encodes a character at a time: pdf.js
  // encodes every embedded font with it (a `@font-face` rule, see `fontPlacement`), 30 ms of the 淮安
  // PDF's 280. Node's own encoder gives the same text for the default alphabet with padding.
  const proto = Uint8Array.prototype as unknown as { toBase64?: ToBase64 };
  const polyfill = proto.toBase64;
  const NodeBuffer = (globalThis as { Buffer?: typeof import('node:buffer').Buffer }).Buffer;
  // (core-js makes its polyfills look native to `toString`: what was there before it loaded tells.)
  if (nativeToBase64 || !polyfill || !NodeBuffer || polyfill.name === 'nodeToBase64') return;
  proto.toBase64 = function nodeToBase64(this: Uint8Array, options) {
    if (options !== undefined || !(this instanceof Uint8Array)) return polyfill.call(this, options);
    return NodeBuffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
  };
}
