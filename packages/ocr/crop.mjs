// ../../../../../tmp/ocr/crop.ts
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { writeFileSync } from "node:fs";
var im = await loadImage("/tmp/ocr/v.jpg");
var c = createCanvas(1240, 400);
var x = c.getContext("2d");
x.drawImage(im, 0, 0, 1240, 400, 0, 0, 1240, 400);
writeFileSync("/tmp/ocr/c.png", c.toBuffer("image/png"));
