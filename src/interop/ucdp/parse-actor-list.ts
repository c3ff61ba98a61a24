import { FaultlineError, type Issue } from '../../core/errors.js';
import { columnIndex, readCsv, type CsvRecord } from '../csv/read-csv.js';

/** One row of the UCDP actor list: an actor and the ties its splinter, alliance and coalition fields state. */
export interface UcdpActorRow {
  id: string;
  name: string;
  fullName?: string;
  location?: string;
  /** UCDP ids or names of the actors this one split from, is allied with, belongs to, or is made of. */
  splinterOf: string[];
  alliedWith: string[];
  memberOf: string[];
  components: string[];
  at: Pick<CsvRecord, 'line' | 'start' | 'end' | 'text'>;
}

// The actor list's column names have varied between releases; each field accepts its known spellings.
const FIELDS = {
  id: ['actorid', 'actor_id', 'id'],
  name: ['namedata', 'name', 'actor_name'],
  fullName: ['nameorigfull', 'namefull', 'name_full', 'nameorig'],
  location: ['location', 'country'],
  splinterOf: ['splinter', 'splinter_of', 'splinterof'],
  alliedWith: ['alliance', 'alliances', 'allied_with'],
  memberOf: ['coalition', 'coalitions', 'coalition_of', 'member_of'],
  components: ['coalition_components', 'components'],
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
  const at = {} as Record<keyof typeof FIELDS, number | undefined>;
  let rows = 0;
  readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      for (const [field, names] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][])
        at[field] = names.map((n) => columns.get(n)).find((i) => i !== undefined);
      if (at.id === undefined || at.name === undefined)
        throw new FaultlineError('invalid_input', `${file}: not a UCDP actor list: expected ActorId and NameData columns`);
    },
    (record) => {
      rows++;
      const get = (field: keyof typeof FIELDS) => {
        const i = at[field];
        const value = i === undefined ? undefined : record.fields[i]?.trim();
        return value === '' ? undefined : value;
      };
      const id = get('id');
      const name = get('name');
      if (!id || !name) {
        issues.push({ code: 'invalid_input', file, line: record.line, path: id ? 'NameData' : 'ActorId', message: 'must not be empty' });
        return;
      }
      const fullName = get('fullName');
      const location = get('location');
      onRow({
        id,
        name,
        ...(fullName && fullName !== name ? { fullName } : {}),
        ...(location ? { location } : {}),
        splinterOf: splitList(get('splinterOf')),
        alliedWith: splitList(get('alliedWith')),
        memberOf: splitList(get('memberOf')),
        components: splitList(get('components')),
        at: { line: record.line, start: record.start, end: record.end, text: record.text },
      });
    },
  );
  return { rows, issues };
}
