/**
 * Builds small PDF files for tests: one page per entry, each a list of text lines in Helvetica, or
 * none at all (a page with no text layer, as a scanned page looks to a text extractor).
 */
export function makePdf(pages: readonly (readonly string[])[], info: { title?: string; author?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((line, i) => `BT /F1 11 Tf 50 ${750 - i * 16} Td (${escapePdf(line)}) Tj ET`).join('\n');
    // A page without text still draws something, like a scanned image would.
    const content = lines.length > 0 ? ops : '0.5 g 50 50 200 200 re f';
    const stream = add(`<< /Length ${latin1Length(content)} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pagesObj + 1} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font + 1} 0 R >> >> /Contents ${stream + 1} 0 R >>`),
    );
  }
  objects[catalog] = `<< /Type /Catalog /Pages ${pagesObj + 1} 0 R >>`;
  objects[pagesObj] = `<< /Type /Pages /Kids [${kids.map((k) => `${k + 1} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoEntries = [info.title ? `/Title (${escapePdf(info.title)})` : '', info.author ? `/Author (${escapePdf(info.author)})` : ''].join(' ');
  const infoObj = infoEntries.trim() ? add(`<< ${infoEntries} >>`) : undefined;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(latin1Length(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1Length(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog + 1} 0 R${infoObj === undefined ? '' : ` /Info ${infoObj + 1} 0 R`} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (ch) => ch.charCodeAt(0) & 0xff);
}

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function latin1Length(text: string): number {
  return text.length;
}
