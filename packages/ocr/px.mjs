// src/node/render.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
async function decodeImage(bytes) {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { data, width, height };
}

// ../../../../../tmp/ocr/px.ts
import { readFileSync } from "node:fs";
var r = await decodeImage(new Uint8Array(readFileSync("/tmp/ocr/v.jpg")));
var cx = Math.round(r.width * 0.62);
var cy = Math.round(r.height * 0.6);
for (const y of [cy - 100, cy - 60]) {
  let line = "";
  for (let x = cx - 170; x < cx + 170; x++) {
    const p = (y * r.width + x) * 4;
    const R = r.data[p], G = r.data[p + 1], B = r.data[p + 2];
    const Y = 0.299 * R + 0.587 * G + 0.114 * B;
    if (Y < 120) line += `${x}:${R},${G},${B} `;
  }
  console.log(y, line.slice(0, 1500));
}
