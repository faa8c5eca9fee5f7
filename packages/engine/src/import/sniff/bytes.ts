/** Byte-level helpers for sniffing and decoding uploaded files (no Node Buffer: runs in browsers too). */

/** The bytes as a Uint8Array view. */
export function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** The bytes as an ArrayBuffer of their own (what zip readers want). */
export function toArrayBuffer(input: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (!(input instanceof Uint8Array)) return input;
  const copy = new Uint8Array(input.byteLength);
  copy.set(input);
  return copy.buffer;
}

/** Whether the bytes are a zip archive (docx and xlsx are). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are a PDF: `%PDF` within its first kilobyte (some producers put junk before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 4, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46)
      return true;
  }
  return false;
}

/** Which Office file a zip is, by the folder names stored in its (uncompressed) entry headers. */
export function officeKind(bytes: Uint8Array): 'docx' | 'xlsx' | undefined {
  // Entry names are ASCII in the local headers; scanning a bounded prefix keeps this cheap.
  const limit = Math.min(bytes.length, 2_000_000);
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, limit));
  if (text.includes('word/')) return 'docx';
  if (text.includes('xl/')) return 'xlsx';
  return undefined;
}

/** Decodes text bytes: UTF-8 (with or without BOM), UTF-16 by BOM, else GB18030 (older Chinese portals). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

/** Whether decoded text is binary junk rather than text: many control or replacement characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}
