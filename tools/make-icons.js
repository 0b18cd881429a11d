#!/usr/bin/env node
/**
 * Draws the add-in's icons (16, 32, 64 and 80 px PNG) into assets/: a green
 * rounded tile holding a white table with a check mark. Drawn in code, so the
 * icons can be regenerated and reviewed as source: `node tools/make-icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const SUPER = 4; // samples per pixel side, for smooth edges

/** Shape tests in a 0..1 square; the last shape that covers a point wins. */
function colourAt(x, y) {
  const r = 0.16;
  const inTile = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inTile) return null;
  // The table: an outline with one header rule and one column rule.
  const t = { left: 0.2, right: 0.8, top: 0.22, bottom: 0.78 };
  const w = 0.07;
  const inBox = x >= t.left && x <= t.right && y >= t.top && y <= t.bottom;
  const onEdge =
    inBox &&
    (x - t.left < w ||
      t.right - x < w ||
      y - t.top < w ||
      t.bottom - y < w ||
      Math.abs(y - 0.4) < w / 2 ||
      Math.abs(x - 0.42) < w / 2);
  // The check mark: two thick strokes.
  const stroke = (ax, ay, bx, by, width) => {
    const dx = bx - ax;
    const dy = by - ay;
    const k = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + k * dx), y - (ay + k * dy)) <= width / 2;
  };
  const check = stroke(0.5, 0.62, 0.6, 0.72, 0.09) || stroke(0.6, 0.72, 0.78, 0.5, 0.09);
  return onEdge || check ? WHITE : GREEN;
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      let aa = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const c = colourAt((i + (sx + 0.5) / SUPER) / size, (j + (sy + 0.5) / SUPER) / size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa++;
        }
      }
      const o = (j * size + i) * 4;
      if (aa) {
        px[o] = Math.round(rr / aa);
        px[o + 1] = Math.round(gg / aa);
        px[o + 2] = Math.round(bb / aa);
      }
      px[o + 3] = Math.round((255 * aa) / (SUPER * SUPER));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, draw(size)));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${out}`);
