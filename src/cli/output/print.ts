import Table from 'cli-table3';

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

export function printTable(head: string[], rows: (string | number)[][]): void {
  const table = new Table({ head, style: { head: ['bold'], border: [] }, wordWrap: true });
  table.push(...rows.map((r) => r.map(String)));
  out(table.toString());
}
