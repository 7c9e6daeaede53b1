// Draws the toolbar/store icon at each size with the transparent margin the Chrome Web Store
// asks for (128 px canvas, 96 px artwork: 16 px each side), scaled for the smaller sizes.
// `npm run icons` rewrites public/icon/*.png; pngjs is a devDependency, nothing is fetched.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const BRAND = [0xfe, 0x36, 0x66];
const SS = 4; // supersampling per axis, for smooth edges

/** Coverage of one point in artwork coordinates (0..1 square): 0 outside, 1 brand, 2 white bar. */
function paint(x, y) {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  // Three rising bars, as in the original icon.
  const bars = [[0.22, 0.62], [0.43, 0.45], [0.64, 0.26]];
  for (const [left, top] of bars) if (x >= left && x <= left + 0.14 && y >= top && y <= 0.78) return 2;
  return 1;
}

function icon(size) {
  const margin = size >= 48 ? size / 8 : size >= 32 ? 2 : 1;
  const art = size - 2 * margin;
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let brand = 0, white = 0;
      for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
        const x = (px + (sx + 0.5) / SS - margin) / art;
        const y = (py + (sy + 0.5) / SS - margin) / art;
        if (x < 0 || y < 0 || x > 1 || y > 1) continue;
        const c = paint(x, y);
        if (c === 1) brand++; else if (c === 2) white++;
      }
      const n = SS * SS, a = (brand + white) / n, i = (py * size + px) * 4;
      const w = brand + white === 0 ? 0 : white / (brand + white);
      for (let k = 0; k < 3; k++) png.data[i + k] = Math.round(BRAND[k] * (1 - w) + 255 * w);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return PNG.sync.write(png);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icon/${size}.png`, icon(size));
  console.log(`public/icon/${size}.png`);
}
