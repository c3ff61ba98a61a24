import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import { eventsCsv, leftOutCsv, type LeftOutEvent, type LeftOutReason } from '../../interop/export/events-csv.js';
import { ftmLines, toFtm } from '../../interop/export/ftm.js';
import { toGeojson } from '../../interop/export/geojson.js';
import { toGexf } from '../../interop/export/gexf.js';
import { graphModel } from '../../interop/export/graph-model.js';
import { toGraphml } from '../../interop/export/graphml.js';
import type { ExportRecords, Withheld } from '../../interop/export/publishable.js';
import { relationsCsv } from '../../interop/export/relations-csv.js';
import { exportDataset } from './export-dataset.js';
import { loadPublishable } from './load-publishable.js';

/** A rendered file, and the events a format cannot hold, if it leaves any out. */
interface Rendered {
  text: string;
  leftOut?: LeftOutEvent[];
}

interface Renderer {
  describe: string;
  render: (records: ExportRecords, context: { date: string }) => Rendered;
}

/** Every file format, declared once: the CLI lists these and the service writes them. */
export const EXPORT_FORMATS = {
  gexf: {
    describe: 'GEXF 1.3 for Gephi, with time intervals for its timeline',
    render: (r, c) => ({ text: toGexf(graphModel(r), { date: c.date, description: 'Actors and their relations over time, exported from Faultline' }) }),
  },
  graphml: { describe: 'GraphML (yEd, Cytoscape, NetworkX, igraph)', render: (r) => ({ text: toGraphml(graphModel(r)) }) },
  geojson: { describe: 'GeoJSON: events, places and areas of operation (QGIS, kepler.gl)', render: (r) => ({ text: toGeojson(r).text }) },
  'events-csv': {
    describe: "events as CSV with ACLED's columns (events without a day or a place are listed in <name>.left-out.csv)",
    render: (r) => eventsCsv(r),
  },
  'relations-csv': { describe: 'relations as CSV', render: (r) => ({ text: relationsCsv(r) }) },
  ftm: { describe: 'FollowTheMoney entities as JSON lines (Aleph)', render: (r) => ({ text: ftmLines(toFtm(r)) }) },
} satisfies Record<string, Renderer>;

export type ExportFormat = keyof typeof EXPORT_FORMATS | 'dataset';

export interface ExportOptions {
  recordedAt?: string;
  roundCoordinates?: number;
  clock?: () => Date;
}

export interface ExportResult {
  format: ExportFormat;
  out: string;
  counts: Record<string, number>;
  /** Records left out because they are restricted or derived from restricted sources. */
  withheld: Withheld;
  /** Published events the format cannot hold (events CSV: no day or no place), listed in `file`. */
  leftOut?: { count: number; byReason: Partial<Record<LeftOutReason, number>>; file: string };
}

/** Where the list of events left out of `out` is written: `events.csv` → `events.left-out.csv`. */
export function leftOutFile(out: string): string {
  const ext = extname(out);
  return `${ext ? out.slice(0, -ext.length) : out}.left-out.csv`;
}

/** Exports what may be published in one format; restricted and ACLED-derived records never leave. */
export async function exportTo(store: Store, format: ExportFormat, out: string, options: ExportOptions = {}): Promise<ExportResult> {
  const { records, withheld } = await loadPublishable(store, {
    ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}),
    ...(options.roundCoordinates !== undefined ? { roundCoordinates: options.roundCoordinates } : {}),
  });
  const counts = { actors: records.actors.length, places: records.places.length, relations: records.relations.length, events: records.events.length };
  if (format === 'dataset') return { format, out, counts: await exportDataset(records, out), withheld };
  const renderer: Renderer | undefined = (EXPORT_FORMATS as Record<string, Renderer>)[format];
  if (!renderer)
    throw new FaultlineError('invalid_input', `unknown export format ${JSON.stringify(format)}; expected dataset or ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const date = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  mkdirSync(dirname(out), { recursive: true });
  const rendered = renderer.render(records, { date });
  writeFileSync(out, rendered.text);
  if (!rendered.leftOut) return { format, out, counts, withheld };
  // Written even when empty, so a list from an earlier run never passes for this one's.
  const file = leftOutFile(out);
  writeFileSync(file, leftOutCsv(rendered.leftOut));
  const byReason: Partial<Record<LeftOutReason, number>> = {};
  for (const l of rendered.leftOut) for (const r of l.reasons) byReason[r] = (byReason[r] ?? 0) + 1;
  return { format, out, counts, withheld, leftOut: { count: rendered.leftOut.length, byReason, file } };
}
