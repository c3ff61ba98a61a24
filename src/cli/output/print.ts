import Table from 'cli-table3';
import { fitColumns, tableWidth } from './fit-columns.js';

// A reader that stops early (`faultline snapshot … | head`) is not an error: leave quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** The CLI's output layer: the only place that writes to the terminal. */
export const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : text + '\n');
export const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : text + '\n');
export const printJson = (value: unknown) => out(JSON.stringify(value, null, 2));

let wide = false;
/** `--wide`: tables take the width their contents need instead of the terminal's (set once per command). */
export const showWide = (value: boolean) => (wide = value);

/** A table that fits the terminal's width (tableWidth): long cells wrap, a word too long for its column is cut with "…". */
export function printTable(head: string[], rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String));
  const width = tableWidth(wide, process.stdout, process.env);
  const longest = (i: number, pieces: (text: string) => string[]) =>
    Math.max(...[head[i] ?? '', ...cells.map((r) => r[i] ?? '')].flatMap(pieces).map((piece) => piece.length)) + 2;
  const natural = head.map((_, i) => longest(i, (text) => text.split('\n')));
  const words = head.map((_, i) => longest(i, (text) => text.split(/\s+/)));
  const colWidths = width === undefined ? undefined : fitColumns(natural, width, words);
  const table = new Table({ head, style: { head: ['bold'], border: [] }, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
  table.push(...cells);
  out(table.toString());
}
