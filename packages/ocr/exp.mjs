// src/node/read-scan.ts
import { createRequire as createRequire2 } from "node:module";

// src/recognizer.ts
import { createWorker, PSM } from "tesseract.js";
var FIGURE_CHARS = "0123456789.";
var Recognizer = class _Recognizer {
  constructor(figures, labels) {
    this.figures = figures;
    this.labels = labels;
  }
  static async create(paths, options = {}) {
    const common = { cacheMethod: "none", gzip: true, ...options };
    const figures = await createWorker("eng", 1, { ...common, langPath: paths.eng });
    await figures.setParameters({
      tessedit_char_whitelist: FIGURE_CHARS,
      tessedit_pageseg_mode: PSM.SINGLE_LINE,
      user_defined_dpi: "300"
    });
    const labels = await createWorker("chi_sim", 1, { ...common, langPath: paths.chi_sim });
    await labels.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK, user_defined_dpi: "300" });
    return new _Recognizer(figures, labels);
  }
  async figure(image) {
    const { data } = await this.figures.recognize(image);
    return { text: data.text.replace(/\s+/g, ""), confidence: data.confidence };
  }
  async label(image) {
    const { data } = await this.labels.recognize(image);
    return { text: data.text.replace(/\s+/g, ""), confidence: data.confidence };
  }
  /** Lines of running text (a title, a heading), each with its spaces between glyphs removed. */
  async prose(image) {
    const { data } = await this.labels.recognize(image);
    return data.text.split("\n").map((line) => line.replace(/\s+/g, "")).filter((line) => line !== "");
  }
  async close() {
    await Promise.all([this.figures.terminate(), this.labels.terminate()]);
  }
};

// src/raster.ts
function inkOf(raster2) {
  const { width, height, data } = raster2;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = data[p + 3] < 128 ? 255 : data[p];
  }
  return { width, height, data: out };
}
var INK = 150;
function binarise(gray, threshold = INK) {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i] < threshold ? 1 : 0;
  return out;
}

// src/crop.ts
function inkBox(gray, box) {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = -1;
  let y1 = -1;
  let dots = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    for (let x = box.x0; x <= box.x1; x++) {
      if (gray.data[y * gray.width + x] >= INK) continue;
      dots++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (dots < 6) return void 0;
  return { x0, y0, x1, y1 };
}
function inset(box, by) {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}
function looksLikeFigure(gray, ink) {
  const h = ink.y1 - ink.y0 + 1;
  let run = 0;
  for (let x = ink.x0; x <= ink.x1 + 1; x++) {
    let on = false;
    if (x <= ink.x1) {
      for (let y = ink.y0; y <= ink.y1 && !on; y++) on = gray.data[y * gray.width + x] < INK;
    }
    if (on) run++;
    else {
      if (run > 0.85 * h) return false;
      run = 0;
    }
  }
  return true;
}
function cropPgm(gray, box, scale, pad) {
  const w = Math.max(1, Math.round((box.x1 - box.x0 + 1) * scale)) + 2 * pad;
  const h = Math.max(1, Math.round((box.y1 - box.y0 + 1) * scale)) + 2 * pad;
  const header = new TextEncoder().encode(`P5
${w} ${h}
255
`);
  const out = new Uint8Array(header.length + w * h).fill(255);
  out.set(header, 0);
  const body = header.length;
  for (let y = 0; y < h - 2 * pad; y++) {
    const sy = box.y0 + (y + 0.5) / scale - 0.5;
    const y0 = Math.max(box.y0, Math.min(box.y1, Math.floor(sy)));
    const y1 = Math.min(box.y1, y0 + 1);
    const fy = Math.max(0, Math.min(1, sy - y0));
    for (let x = 0; x < w - 2 * pad; x++) {
      const sx = box.x0 + (x + 0.5) / scale - 0.5;
      const x0 = Math.max(box.x0, Math.min(box.x1, Math.floor(sx)));
      const x1 = Math.min(box.x1, x0 + 1);
      const fx = Math.max(0, Math.min(1, sx - x0));
      const d = gray.data;
      const W = gray.width;
      const v = (d[y0 * W + x0] * (1 - fx) + d[y0 * W + x1] * fx) * (1 - fy) + (d[y1 * W + x0] * (1 - fx) + d[y1 * W + x1] * fx) * fy;
      out[body + (y + pad) * w + x + pad] = v;
    }
  }
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
  const r = -degrees * Math.PI / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
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
function findGrids(ink, width, height, unit2) {
  const rules = horizontalRules(ink, width, height, Math.round(24 * unit2));
  const grids = [];
  let current;
  for (let i = 0; i + 1 < rules.length; i++) {
    const top = rules[i];
    const bottom = rules[i + 1];
    const band = bandBetween(ink, width, top, bottom, unit2);
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
function bandBetween(ink, width, top, bottom, unit2) {
  const y0 = top.y1 + 1;
  const y1 = bottom.y0 - 1;
  const h = y1 - y0 + 1;
  if (h < 6 * unit2 || h > 200 * unit2) return void 0;
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

// src/page-reader.ts
var A4_WIDTH_PT = 595.3;
var READ_UNIT = 300 / 72;
var DOUBT = 50;
var CHINESE = /[\u3400-\u9fff]/;
var HEADING_REACH_PT = 60;
async function readPage(page2, raster2, recognizer, onCell) {
  const unit2 = raster2.width / A4_WIDTH_PT;
  const skewed = inkOf(raster2);
  const skew = skewOf(skewed);
  const image = rotate(skewed, skew);
  const grids = findGrids(binarise(image), image.width, image.height, unit2);
  const scale = READ_UNIT / unit2;
  const pad = 12;
  const cells = [];
  const total = grids.reduce((n, g) => n + g.cells.length, 0);
  let done = 0;
  for (const [table, grid] of grids.entries()) {
    for (const cell of grid.cells) {
      const inner = inset(cell.box, Math.ceil(2 * unit2));
      const ink = inkBox(image, inner);
      const base = { page: page2, table, band: cell.band, box: cell.box };
      onCell?.(++done, total);
      if (!ink) {
        cells.push({ ...base, kind: "blank", text: "", confidence: 100 });
        continue;
      }
      const margin = Math.round(unit2);
      const tight = {
        x0: Math.max(inner.x0, ink.x0 - margin),
        y0: Math.max(inner.y0, ink.y0 - margin),
        x1: Math.min(inner.x1, ink.x1 + margin),
        y1: Math.min(inner.y1, ink.y1 + margin)
      };
      const crop = cropPgm(image, tight, scale, pad);
      const oneLine = ink.y1 - ink.y0 <= 11 * unit2;
      let figure;
      if (oneLine && looksLikeFigure(image, ink)) {
        figure = await recognizer.figure(crop);
        if (figure.text !== "" && figure.confidence >= DOUBT) {
          cells.push({ ...base, kind: "figure", ...figure });
          continue;
        }
      }
      const label = await recognizer.label(crop);
      if (!CHINESE.test(label.text) && oneLine) {
        figure ??= await recognizer.figure(crop);
        cells.push({ ...base, kind: "figure", ...figure });
        continue;
      }
      cells.push({ ...base, kind: "label", ...label });
    }
  }
  const tables = grids.map((g) => g.box);
  const top = page2 === 1 ? [{ x0: 0, y0: 0, x1: image.width - 1, y1: Math.round(image.height * 0.3) }] : [];
  const prose = await readHeadings(image, [...top, ...tables], unit2, scale, recognizer);
  return { page: page2, skew, image, unit: unit2, cells, prose };
}
async function readHeadings(image, tables, unit2, scale, recognizer) {
  const out = [];
  let floor = 0;
  const margin = Math.round(40 * unit2);
  for (const table of tables) {
    const y0 = table.y0 === 0 ? margin : Math.max(floor, table.y0 - Math.round(HEADING_REACH_PT * unit2));
    const box = { x0: margin, y0, x1: image.width - margin, y1: table.y0 === 0 ? table.y1 : table.y0 - 2 };
    floor = table.y1 + 2;
    if (box.y1 - box.y0 < 8 * unit2) continue;
    const ink = inkBox(image, box);
    if (!ink) continue;
    const reading = await recognizer.prose(cropPgm(image, ink, scale, 12));
    for (const text of reading) out.push({ y: ink.y0, text });
  }
  return out;
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

// src/node/read-scan.ts
var require3 = createRequire2(import.meta.url);
function languagePaths() {
  return {
    eng: require3("@tesseract.js-data/eng").langPath,
    chi_sim: require3("@tesseract.js-data/chi_sim").langPath
  };
}

// ../../../../../tmp/ocr/exp.ts
import { readFileSync } from "node:fs";
var rec = await Recognizer.create(languagePaths());
var raster = await decodeImage(new Uint8Array(readFileSync("/tmp/ocr/v.jpg")));
var page = await readPage(1, raster, rec);
var img = page.image;
var unit = page.unit;
var miss = page.cells.filter((c) => c.kind === "blank" && c.table === 1 && c.band > 2);
console.log("blank", miss.map((c) => [c.band, c.box]));
for (const b of [[698, 1468, 789, 1573, "447"], [791, 1468, 893, 1573, "7"], [1352, 1468, 1447, 1573, "454"]]) {
  const box = inset({ x0: b[0], y0: b[1], x1: b[2], y1: b[3] }, Math.ceil(2 * unit));
  const ink = inkBox(img, box);
  const m = Math.round(unit);
  const t = { x0: Math.max(box.x0, ink.x0 - m), y0: Math.max(box.y0, ink.y0 - m), x1: Math.min(box.x1, ink.x1 + m), y1: Math.min(box.y1, ink.y1 + m) };
  for (const k of [1.5, 2, 2.5, 3]) {
    const r = await rec.figure(cropPgm(img, t, k * 300 / 72 / unit / 1.5, 12));
    const bin = { ...img, data: img.data.map((v) => v < 150 ? 0 : 255) };
    const r2 = await rec.figure(cropPgm(bin, t, k * 300 / 72 / unit / 1.5, 12));
    console.log(b[4], k, r.text, Math.round(r.confidence), "| bin", r2.text, Math.round(r2.confidence), ink.y1 - ink.y0);
  }
}
await rec.close();
