// Ingest, the PDF edge: the bytes of a PDF → its pages' positioned text items, read with
// pdf.js (pdfjs-dist, legacy build for Node), no external binary. What the items say is laid
// out by the pure pdf-layout.ts; this module only opens the document and reports, in one
// line naming the file (and the page), what keeps it from being read:
//   - an encrypted document that needs a password         → InputError ENCRYPTED
//   - a file cut short (no `%%EOF` at its end), or one that pdf.js cannot parse, or a page
//     of it that pdf.js fails on (named)                    → InputError DAMAGED
//   - a page without a text layer (a scan; named)           → InputError NO_TEXT
// A file is read whole or not at all: one page without text fails the file.
// pdf.js is asynchronous, so this is the one asynchronous step of reading a file.
import path from 'node:path';
import { InputError, KgError } from '../errors';
import type { PdfItem, PdfPage } from './pdf-layout';

/** A PDF starts with `%PDF-`: chosen by content, whatever the file is called. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/** The subset of pdf.js's text item that layout needs. */
interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | null = null;

/**
 * pdf.js is an ES module: `import()` here compiles to `require()`, which loads ES modules from
 * Node 20.19 on (pdfjs-dist 5.6 needs that Node anyway). Loaded on the first PDF only, so a run
 * over text files never pays for it.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((err: NodeJS.ErrnoException) => {
    pdfjs = null;
    if (err.code === 'ERR_REQUIRE_ESM' || err.code === 'ERR_REQUIRE_ASYNC_MODULE')
      throw new KgError(`reading PDFs needs Node.js 20.19 or later (pdf.js is an ES module); this is ${process.version}`, 'NODE_VERSION');
    throw err;
  });
  return pdfjs;
}

/** Where pdfjs-dist keeps the CJK character maps that PDFs without embedded ToUnicode need. */
function pdfjsData(folder: string): string {
  return path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), folder) + path.sep;
}

/** Every page of the PDF with its text items in content order; throws an InputError naming the file and page. */
export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  // pdf.js may rebuild a file that is cut short and read what is left, or fail on it with a
  // bare "Invalid PDF structure": either way the researcher should hear that the download is
  // incomplete, rather than get part of a page as if it were whole
  if (!hasEofMarker(bytes))
    throw new InputError(file, `PDF is cut short (no %%EOF in its last 1024 bytes, ${bytes.length} bytes): its pages cannot be read whole; download it again`, 'DAMAGED');
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false, // no code compiled from font data (CVE-2024-4367's kind of hole)
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: pdfjsData('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsData('standard_fonts'),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    const name = (err as Error)?.name;
    if (name === 'PasswordException')
      throw new InputError(file, 'PDF is encrypted: none of its pages can be read without the password; save a copy without it', 'ENCRYPTED');
    throw new InputError(file, `not a readable PDF (${firstLine(err)}): none of its pages can be read`, 'DAMAGED');
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let items: PdfItem[];
      let width: number;
      let height: number;
      try {
        const page = await doc.getPage(n);
        const view = page.view; // [x0, y0, x1, y1] in PDF units
        width = view[2] - view[0];
        height = view[3] - view[1];
        const content = await page.getTextContent();
        items = [];
        for (const it of content.items as PdfjsTextItem[]) {
          if (typeof it.str !== 'string' || !it.str.trim()) continue;
          const [a, b, , d, e, f] = it.transform;
          if (b !== 0 || a <= 0 || d <= 0) continue; // rotated or mirrored text: not body copy
          const vertical = content.styles[it.fontName]?.vertical === true;
          items.push({ str: it.str, x: e - view[0], y: f - view[1], width: it.width, height: vertical ? it.height : a, size: a, font: it.fontName, vertical });
        }
        page.cleanup();
      } catch (err) {
        throw new InputError(file, `page ${n} of ${doc.numPages} cannot be read: ${firstLine(err)}`, 'DAMAGED');
      }
      if (items.length === 0)
        throw new InputError(file, `page ${n} of ${doc.numPages} has no text layer (a scanned image?); it needs OCR before kg can read it`, 'NO_TEXT');
      pages.push({ number: n, width, height, items });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 1024));
  return tail.includes('%%EOF', 0, 'latin1');
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}
