import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { spreadsheetSafeCsv } from '../csv/spreadsheet-safe.js';
import type { ExportRecords } from './publishable.js';
import { spanOf } from './graph-model.js';

/** Relations as a CSV: ends with names, type, valid time and the days it may cover. */
export function relationsCsv(records: ExportRecords): string {
  const names = new Map<string, string>([...records.actors.map((a) => [a.id, a.name] as const), ...records.places.map((p) => [p.id, p.name] as const)]);
  const header = ['id', 'type', 'from', 'from_name', 'to', 'to_name', 'valid', 'start', 'end', 'role', 'sign', 'directed'];
  const rows = records.relations.map((r) => {
    const spec = RELATION_TYPES[r.type];
    const span = spanOf(r.valid);
    return [
      r.id,
      r.type,
      r.from,
      names.get(r.from) ?? '',
      r.to,
      names.get(r.to) ?? '',
      r.valid,
      span.start ?? '',
      span.end ?? '',
      r.role ?? '',
      spec.sign,
      spec.directed,
    ];
  });
  return spreadsheetSafeCsv([header, ...rows]);
}
