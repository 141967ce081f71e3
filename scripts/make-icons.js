// Draws the add-in's icons into assets/: a teal rounded square with three equal
// white bars under a level line — resources held level across schools (均衡).
// Only Node's zlib: PNG is a few chunks around deflated scanlines.
//
//   node scripts/make-icons.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [14, 124, 134]; // teal, apart from Excel's own green
const FOREGROUND = [255, 255, 255];
/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLE = 4;

/** Shapes in unit coordinates (0..1 across the icon): [left, top, right, bottom, corner radius]. */
const SQUARE = [0, 0, 1, 1, 0.18];
const SHAPES = [
  [0.18, 0.26, 0.82, 0.33, 0.035], // the level line
  [0.22, 0.42, 0.36, 0.8, 0.03], // three equal bars
  [0.43, 0.42, 0.57, 0.8, 0.03],
  [0.64, 0.42, 0.78, 0.8, 0.03],
];

function insideRoundedRect(x, y, [left, top, right, bottom, radius]) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels, row by row, each row led by PNG filter byte 0 (none). */
function drawScanlines(size) {
  const rowBytes = 1 + size * 4;
  const data = Buffer.alloc(rowBytes * size);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inSquare = 0;
      let inShape = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedRect(x, y, SQUARE)) continue;
          inSquare++;
          if (SHAPES.some((shape) => insideRoundedRect(x, y, shape))) inShape++;
        }
      }
      const offset = py * rowBytes + 1 + px * 4;
      const mix = inSquare === 0 ? 0 : inShape / inSquare;
      for (let c = 0; c < 3; c++) {
        data[offset + c] = Math.round(BACKGROUND[c] * (1 - mix) + FOREGROUND[c] * mix);
      }
      data[offset + 3] = Math.round((255 * inSquare) / samples);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10–12: deflate compression, adaptive filtering, no interlace (all 0)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(drawScanlines(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
