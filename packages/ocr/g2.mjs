// src/raster.ts
function inkOf(raster, dropSeal = true) {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const r2 = data[p];
    const g2 = data[p + 1];
    const b = data[p + 2];
    const seal = dropSeal && r2 - (g2 + b) / 2 > REDDISH && 0.299 * r2 + 0.587 * g2 + 0.114 * b > SEAL_DARKEST;
    out[i] = data[p + 3] < 128 || seal ? 255 : r2;
  }
  return { width, height, data: out };
}
var REDDISH = 30;
var SEAL_DARKEST = 60;
var INK = 150;
function binarise(gray, threshold = INK) {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i] < threshold ? 1 : 0;
  return out;
}

// src/deskew.ts
var MAX_SKEW = 3;
var STEP = 0.05;
function skewOf(gray) {
  const { width, height, data } = gray;
  const xs = [];
  const ys = [];
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if (data[y * width + x] < INK) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  let best = 0;
  let bestScore = -1;
  const bins = new Float64Array(height + 2 * width);
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
    const t = Math.tan(a * Math.PI / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i] - xs[i] * t) + width;
      if (b >= 0 && b < bins.length) bins[b]++;
    }
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  }
  return Math.round(best * 100) / 100;
}
function rotate(gray, degrees) {
  if (degrees === 0) return gray;
  const { width, height, data } = gray;
  const out = new Uint8Array(width * height).fill(255);
  const r2 = -degrees * Math.PI / 180;
  const cos = Math.cos(r2);
  const sin = Math.sin(r2);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i] * (1 - fx) + data[i + 1] * fx;
      const bottom = data[i + width] * (1 - fx) + data[i + width + 1] * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data: out };
}

// src/grid.ts
var GAP = 3;
function findGrids(ink, width, height, unit) {
  const rules = horizontalRules(ink, width, height, Math.round(24 * unit));
  const grids = [];
  let current;
  for (let i = 0; i + 1 < rules.length; i++) {
    const top = rules[i];
    const bottom = rules[i + 1];
    const band = bandBetween(ink, width, top, bottom, unit);
    if (band === void 0) {
      if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
      current = void 0;
      continue;
    }
    if (!current) current = { lines: [top], bands: [] };
    current.lines.push(bottom);
    current.bands.push(band);
  }
  if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
  return grids;
}
function horizontalRules(ink, width, height, min) {
  const out = [];
  let open;
  for (let y = 0; y < height; y++) {
    let x0 = -1;
    let x1 = -1;
    let run = -1;
    let gap = 0;
    const row = y * width;
    for (let x = 0; x <= width; x++) {
      const on = x < width && ink[row + x] === 1;
      if (on) {
        if (run < 0) run = x;
        gap = 0;
        continue;
      }
      if (run < 0) continue;
      if (++gap <= GAP && x < width) continue;
      const end = x - gap;
      if (end - run >= min) {
        if (x0 < 0 || run < x0) x0 = run;
        if (end > x1) x1 = end;
      }
      run = -1;
      gap = 0;
    }
    if (x0 >= 0 && open && y - open.y1 <= 1) {
      open.y1 = y;
      open.x0 = Math.min(open.x0, x0);
      open.x1 = Math.max(open.x1, x1);
    } else if (x0 >= 0) {
      if (open) out.push(open);
      open = { y0: y, y1: y, x0, x1 };
    } else if (open) {
      out.push(open);
      open = void 0;
    }
  }
  if (open) out.push(open);
  return out;
}
function bandBetween(ink, width, top, bottom, unit) {
  const y0 = top.y1 + 1;
  const y1 = bottom.y0 - 1;
  const h = y1 - y0 + 1;
  if (h < 6 * unit || h > 200 * unit) return void 0;
  const x0 = 0;
  const x1 = width - 1;
  const verticals = [];
  let from = -1;
  for (let x = x0; x <= x1 + 1; x++) {
    let filled = 0;
    if (x <= x1) {
      for (let y = y0; y <= y1; y++) filled += ink[y * width + x];
    }
    const on = x <= x1 && filled >= 0.9 * h;
    if (on && from < 0) from = x;
    if (!on && from >= 0) {
      verticals.push([from, x - 1]);
      from = -1;
    }
  }
  if (verticals.length < 2) return void 0;
  return { top, bottom, verticals };
}
function gridOf(lines, bands, ink, width) {
  const cells = [];
  let above = [];
  bands.forEach((band, b) => {
    const row = [];
    for (let i = 0; i + 1 < band.verticals.length; i++) {
      const x0 = band.verticals[i][1] + 1;
      const x1 = band.verticals[i + 1][0] - 1;
      const y0 = band.top.y1 + 1;
      const y1 = band.bottom.y0 - 1;
      const open = b > 0 && !ruled(ink, width, band.top, x0, x1);
      const up = open ? above.find((c) => Math.abs(c.box.x0 - x0) <= 3 && Math.abs(c.box.x1 - x1) <= 3) : void 0;
      if (up) {
        up.box.y1 = y1;
        up.span++;
        row.push(up);
        continue;
      }
      const cell = { box: { x0, y0, x1, y1 }, band: b, span: 1 };
      cells.push(cell);
      row.push(cell);
    }
    above = row;
  });
  const first = lines[0];
  const last = lines[lines.length - 1];
  const box = {
    x0: Math.min(...lines.map((l) => l.x0)),
    y0: first.y0,
    x1: Math.max(...lines.map((l) => l.x1)),
    y1: last.y1
  };
  cells.sort((a, b) => a.band - b.band || a.box.x0 - b.box.x0);
  return { lines: lines.map((l) => Math.round((l.y0 + l.y1) / 2)), cells, box };
}
function ruled(ink, width, rule, x0, x1) {
  let on = 0;
  for (let x = x0; x <= x1; x++) {
    let any = 0;
    for (let y = rule.y0; y <= rule.y1; y++) any |= ink[y * width + x];
    on += any;
  }
  return on >= 0.6 * (x1 - x0 + 1);
}

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

// ../../../../../tmp/ocr/g2.ts
import { readFileSync } from "node:fs";
var r = await decodeImage(new Uint8Array(readFileSync("/tmp/ocr/v.jpg")));
var g = inkOf(r, false);
var s = skewOf(g);
var im = rotate(g, s);
for (const grid of findGrids(binarise(im), im.width, im.height, im.width / 595.3)) console.log(grid.box, grid.lines.length, grid.cells.length);
