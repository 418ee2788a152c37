// PDFs the PDF tests write themselves, byte by byte (no corpus file is copied into the
// repository): each a valid file with an xref table pointing at the real offsets.
import zlib from 'node:zlib';

/** A PDF of the given objects (numbered from 1, the first the catalog) and extra trailer entries. */
export function buildPdf(objects: (string | Buffer)[], trailer = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    size += obj.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>';
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
/** a 2×2 grey image, deflated */
const IMAGE = stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', zlib.deflateSync(Buffer.from([0, 255, 255, 0])));

function page(content: string, trailer = '', extra: (string | Buffer)[] = []): Buffer {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE, stream('', Buffer.from(content, 'latin1')), FONT, IMAGE, ...extra], trailer);
}

/** One page with a line of text. */
export function textPdf(text = 'Hunan Daily'): Buffer {
  return page(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`);
}

/** One page holding only an image: a scan, no text layer. */
export function imageOnlyPdf(): Buffer {
  return page('q 400 0 0 600 100 100 cm /Im1 Do Q');
}

/**
 * One page of text, encrypted with the standard security handler (RC4, revision 2) and a
 * user password: its /U entry does not match the empty password, so a reader must ask for one.
 */
export function encryptedPdf(): Buffer {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * (i + 7) * 31) & 0xff).toString(16).padStart(2, '0')).join('');
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(3)}> /U <${hex(5)}> >>`;
  return page('BT /F1 12 Tf 72 720 Td (secret) Tj ET', `/Encrypt 7 0 R /ID [<${hex(9).slice(0, 32)}> <${hex(9).slice(0, 32)}>] `, [encrypt]);
}

/** The first `share` of a file: a download cut short. */
export function truncated(bytes: Buffer, share = 0.5): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * share));
}

/**
 * One page of a small newspaper set in Helvetica: a headline across two columns, a byline
 * under it, and the body in two columns (the left one first), paragraphs indented.
 */
export function newspaperPdf(): Buffer {
  const left = ['  The council met on Monday', 'in the city hall and passed', 'the budget for next year.', '  It also named a new head', 'of the water board, who'];
  const right = ['takes office in March. The', 'vote was unanimous.', '  Work on the new bridge', 'starts in the spring.'];
  let content = 'BT /F1 28 Tf 72 700 Td (Council passes budget) Tj ET\nBT /F1 12 Tf 250 670 Td (Li Ming) Tj ET\n';
  const col = (lines: string[], x: number) =>
    lines
      .map((l, i) => {
        const indent = l.startsWith('  ') ? 20 : 0;
        return `BT /F1 10 Tf ${x + indent} ${640 - 12 * i} Td (${l.trim()}) Tj ET`;
      })
      .join('\n');
  content += col(left, 72) + '\n' + col(right, 250);
  return page(content);
}
