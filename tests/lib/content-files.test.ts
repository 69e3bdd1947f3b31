import { describe, expect, it } from 'vitest';
import { decodeContentFile } from '../../src/lib/content-files.ts';

const decode = (bytes: Uint8Array | string) =>
  decodeContentFile('f.mdx', typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);

describe('reading a content file', () => {
  it('drops byte order marks and makes every line end a line feed', () => {
    expect(decode('\uFEFF\uFEFFa\r\nb\rc\nd')).toEqual({ file: 'f.mdx', text: 'a\nb\nc\nd' });
  });

  it('names UTF-16, with or without a byte order mark, as UTF-16', () => {
    const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...utf16('summary: x\n')]), utf16('summary: x\n')])
      expect(decode(bytes)).toMatchObject({ line: 1, message: 'the file is saved as UTF-16, not UTF-8' });
  });

  it('names the first line that is not UTF-8, counting old Mac line ends too', () => {
    expect(decode(new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0xe9]))).toMatchObject({
      line: 3,
      message: 'not UTF-8 (line 3): byte 0xE9 is in another encoding, such as Windows-1252',
    });
  });

  it('keeps a stray NUL in a file as text for the checks after it to judge', () => {
    expect(
      decode('# a\u0000comment\nsummary: text that is long enough to outweigh one NUL\n'),
    ).toHaveProperty('text');
  });
});
