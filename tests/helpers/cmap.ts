import { inflateSync } from 'node:zlib';

/**
 * The code points a WOFF 1.0 font maps to a glyph, read from its `cmap` table (formats 4 and 12),
 * to check what a font really draws independently of the renderer.
 */
export function cmapOf(woff: Uint8Array): Set<number> {
  const file = Buffer.from(woff);
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const tables = file.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (file.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const original = file.readUInt32BE(entry + 12);
    const bytes = file.subarray(offset, offset + compressed);
    cmap = compressed < original ? inflateSync(bytes) : bytes;
  }
  if (!cmap) throw new Error('no cmap table');
  const points = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const start = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(start);
    if (format === 4) readFormat4(cmap, start, points);
    if (format === 12) readFormat12(cmap, start, points);
  }
  return points;
}

/** Segments of 16-bit code points, with a delta or a glyph array (0 is "no glyph"). */
function readFormat4(cmap: Buffer, start: number, points: Set<number>) {
  const segments = cmap.readUInt16BE(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const first = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(offsets + s * 2);
    for (let c = first; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = offsets + s * 2 + rangeOffset + (c - first) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
}

/** Groups of 32-bit code points mapped to consecutive glyphs. */
function readFormat12(cmap: Buffer, start: number, points: Set<number>) {
  const groups = cmap.readUInt32BE(start + 12);
  for (let g = 0; g < groups; g++) {
    const at = start + 16 + g * 12;
    const first = cmap.readUInt32BE(at);
    const last = cmap.readUInt32BE(at + 4);
    const glyph = cmap.readUInt32BE(at + 8);
    for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) points.add(c);
  }
}
