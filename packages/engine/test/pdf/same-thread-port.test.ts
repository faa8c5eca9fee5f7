import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { SameThreadPort } from '../../src/pdf/same-thread-port.js';
import { HUAIAN, pdfBytes } from './files.js';

const received = (port: SameThreadPort) => {
  const got: unknown[] = [];
  port.addEventListener('message', (event) => got.push(event.data));
  return got;
};
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the port between pdf.js’s two halves on one thread', () => {
  it('hands an operator list’s chunk over as it was sent, though its sender empties it after', async () => {
    const port = new SameThreadPort();
    const got = received(port);
    const path = [91, [new Float32Array([0, 0, 1, 10, 0])], new Float32Array([0, 0, 10, 0])];
    const chunk = { fnArray: [91], argsArray: [path], lastChunk: false, length: 1 };
    port.postMessage({ targetName: 'main', stream: 4, streamId: 1, chunk });
    // As `OperatorList.flush` does once the chunk is sent.
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    expect(got).toEqual([]);
    await delivered();
    expect(got).toEqual([
      {
        targetName: 'main',
        stream: 4,
        streamId: 1,
        chunk: { fnArray: [91], argsArray: [path], lastChunk: false, length: 1 },
      },
    ]);
    // The operators' arguments themselves are not copied.
    expect((got[0] as { chunk: { argsArray: unknown[] } }).chunk.argsArray[0]).toBe(path);
  });

  it('hands a text chunk over with the items and styles it had when sent', async () => {
    const port = new SameThreadPort();
    const got = received(port);
    const content = { items: [{ str: '3001' }], styles: { f1: { vertical: false } }, lang: null };
    port.postMessage({ targetName: 'main', stream: 4, streamId: 2, chunk: content });
    // As `enqueueChunk` does once the chunk is sent.
    content.items = [];
    content.styles = {} as typeof content.styles;
    await delivered();
    expect(got).toEqual([
      {
        targetName: 'main',
        stream: 4,
        streamId: 2,
        chunk: { items: [{ str: '3001' }], styles: { f1: { vertical: false } }, lang: null },
      },
    ]);
  });

  it('clones every other message, in order, and stops giving them to a listener once its signal aborts', async () => {
    const port = new SameThreadPort();
    const controller = new AbortController();
    const got: unknown[] = [];
    port.addEventListener('message', (event) => got.push(event.data), { signal: controller.signal });
    const data = { nested: [1, 2] };
    port.postMessage({ action: 'GetPage', data });
    port.postMessage({ stream: 6, streamId: 1, desiredSize: 1 });
    data.nested.push(3);
    await delivered();
    expect(got).toEqual([
      { action: 'GetPage', data: { nested: [1, 2] } },
      { stream: 6, streamId: 1, desiredSize: 1 },
    ]);
    controller.abort();
    port.postMessage({ action: 'Terminate' });
    await delivered();
    expect(got).toHaveLength(2);
  });

  it('reads a PDF as pdf.js’s own worker does', async () => {
    const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
    // A pdf.js passed in is used with its own worker (and port).
    const own = await readPdf(pdfBytes(HUAIAN), { pdfjs: () => import(/* @vite-ignore */ legacy) });
    const here = await readPdf(pdfBytes(HUAIAN));
    if (own.status !== 'ok' || here.status !== 'ok') throw new Error(`${own.status} ${here.status}`);
    expect(here.pages.some((p) => p.rules.length > 0)).toBe(true);
    expect(here).toEqual(own);
  }, 60_000);
});
