/**
 * The encodings a page may be saved in: UTF-8 (with or without a byte order mark),
 * and UTF-16 when a byte order mark says so. A UTF-16 page is read and linted like
 * any other, and `--fix` writes it back in UTF-16. The byte order mark is kept in the
 * text as U+FEFF, so positions and fixes treat it as they do a UTF-8 one.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The text of a file's bytes, or an Error saying why they are not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | Error {
  const encoding: TextEncoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.subarray(0, 8000).includes(0)) return new Error('this is a binary file, not Markdown text');
  if (encoding !== 'utf-8' && bytes.length % 2 !== 0) return new Error(`the file starts as ${label(encoding)} text but has an odd number of bytes; save it as UTF-8`);
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return new Error(encoding === 'utf-8' ? 'the file is not valid UTF-8 text; save it as UTF-8' : `the file is not valid ${label(encoding)} text; save it as UTF-8`);
  }
}

/** The bytes of a text in an encoding (a leading U+FEFF becomes that encoding's byte order mark). */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

function label(encoding: TextEncoding): string {
  return encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
}
