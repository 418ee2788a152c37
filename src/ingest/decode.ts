// Ingest, first step: bytes → text. Detects the encoding from the bytes (BOM, UTF-8
// validity, GB18030/GBK, UTF-16 without BOM), never from the file name.
// (Minimal version; the ingest helper completes it.)
import { InputError } from '../errors';

export function decode(bytes: Buffer, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'empty file', 'EMPTY');
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
