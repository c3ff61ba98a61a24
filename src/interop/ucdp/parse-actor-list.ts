import { FaultlineError, type Issue } from '../../core/errors.js';
import { columnIndex, readCsv, type CsvRecord } from '../csv/read-csv.js';

/** One row of the UCDP actor list: an actor and the ties its splinter, alliance and coalition fields state. */
export interface UcdpActorRow {
  id: string;
  name: string;
  fullName?: string;
  location?: string;
  /** UCDP ids (or names) of the actors this one split from, is allied with, and joined. */
  splinterOf: string[];
  alliedWith: string[];
  memberOf: string[];
  at: Pick<CsvRecord, 'line' | 'start' | 'end' | 'text'>;
}

// The UCDP actor list's columns (as in the 2020s releases): ActorId, NameData, NameOrig, NameOrigFull,
// NameOrigFullEng, …, Splinter, NamePrev, ActorIdPrev, SplitTemp, NameSplitTemp, ActorIdSplitTemp,
// Alliance, NameAlliance, ActorIdAlliance, JoinGroup, GroupName, ActorIdGroup, Location, GWNOLoc,
// Region, Version. Splinter, Alliance and JoinGroup are 0/1 flags; the actors they refer to are in the
// ActorId… columns (ids, comma-separated), with their names beside. Each field takes the first
// non-empty column of its list, so a row that gives names but no ids is still read. A temporary split
// (SplitTemp) is left out: the list gives no dates to bound it.
const FIELDS = {
  id: ['actorid'],
  name: ['namedata'],
  fullName: ['nameorigfulleng', 'nameorigfull'],
  location: ['location'],
  splinterOf: ['actoridprev', 'nameprev'],
  alliedWith: ['actoridalliance', 'namealliance'],
  memberOf: ['actoridgroup', 'groupname'],
} as const;

/** A list field: numeric ids may be separated by commas; names only by semicolons. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  const separator = /^[\d\s,;]+$/.test(value) ? /[;,]/ : /;/;
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Parses the UCDP actor list (normalised text). */
export function parseUcdpActorList(text: string, file: string, onRow: (row: UcdpActorRow) => void): { rows: number; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = {} as Record<keyof typeof FIELDS, number[]>;
  let rows = 0;
  readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      for (const [field, names] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][])
        at[field] = names.map((n) => columns.get(n)).filter((i) => i !== undefined);
      if (at.id.length === 0 || at.name.length === 0)
        throw new FaultlineError('invalid_input', `${file}: not a UCDP actor list: expected ActorId and NameData columns`);
    },
    (record) => {
      rows++;
      const get = (field: keyof typeof FIELDS) => {
        for (const i of at[field]) {
          const value = record.fields[i]?.trim();
          if (value) return value;
        }
        return undefined;
      };
      const id = get('id');
      const name = get('name');
      if (!id || !name) {
        issues.push({ code: 'invalid_input', file, line: record.line, path: id ? 'NameData' : 'ActorId', message: 'must not be empty' });
        return;
      }
      const fullName = get('fullName');
      // Location may list several countries; the first is where the actor is based.
      const location = get('location')?.split(',')[0]?.trim();
      onRow({
        id,
        name,
        ...(fullName && fullName !== name ? { fullName } : {}),
        ...(location ? { location } : {}),
        splinterOf: splitList(get('splinterOf')),
        alliedWith: splitList(get('alliedWith')),
        memberOf: splitList(get('memberOf')),
        at: { line: record.line, start: record.start, end: record.end, text: record.text },
      });
    },
  );
  return { rows, issues };
}
