import type { Issue } from '../../core/errors.js';

/** The column that says which event a row belongs to, in the order they are preferred. */
export const ACLED_ID_COLUMNS = ['event_id_cnty', 'event_id_no_cnty', 'data_id'] as const;
export type AcledIdColumn = (typeof ACLED_ID_COLUMNS)[number];

/** Columns that only older exports have: the 2016-era names and the ids and codes dropped later. */
const OLDER_COLUMNS = ['data_id', 'event_id_no_cnty', 'iso3', 'gwno', 'ally_actor_1', 'ally_actor_2'] as const;

/** Columns without which no row can become an event (the country may come from any of its columns). */
const REQUIRED = ['event_date', 'event_type', 'actor1', 'location', 'fatalities'] as const;
const COUNTRY_COLUMNS = ['country', 'iso', 'iso3', 'gwno'] as const;

/** How an ACLED file is laid out, as its header says. */
export interface AcledLayout {
  /** `event`: one row per event (actor1 and actor2 columns). `actor`: ACLED's monadic layout, one row per actor of an event. */
  rowsPer: 'event' | 'actor';
  idColumn: AcledIdColumn;
  /** Columns of older exports the file has (`data_id`, `iso3`, `gwno`, `ally_actor_1` …). */
  olderColumns: string[];
  /** The line of an HDX hashtag row under the header, passed over. */
  hashtagLine?: number;
}

/** The layout of an ACLED file from its header's columns (lower-case), or the issues that make it no ACLED export. */
export function acledLayout(columns: ReadonlyMap<string, number>, file: string): { layout: AcledLayout } | { issues: Issue[] } {
  const missing: string[] = REQUIRED.filter((c) => !columns.has(c));
  const idColumn = ACLED_ID_COLUMNS.find((c) => columns.has(c));
  if (!idColumn) missing.push(ACLED_ID_COLUMNS.join(' or '));
  if (!COUNTRY_COLUMNS.some((c) => columns.has(c))) missing.push(COUNTRY_COLUMNS.join(' or '));
  if (missing.length > 0 || !idColumn)
    return { issues: missing.map((c) => ({ code: 'invalid_input' as const, file, line: 1, path: c, message: 'missing column' })) };
  return {
    layout: {
      rowsPer: columns.has('actor2') || columns.has('ally_actor_2') ? 'event' : 'actor',
      idColumn,
      olderColumns: OLDER_COLUMNS.filter((c) => columns.has(c)),
    },
  };
}

/** The layout in words, for the import's summary. */
export function describeAcledLayout(layout: AcledLayout): string {
  const rows = layout.rowsPer === 'event' ? 'one row per event' : `one row per actor (monadic), grouped by ${layout.idColumn}`;
  const older = layout.olderColumns.length > 0 ? `; older columns ${layout.olderColumns.join(', ')}` : '';
  const tags = layout.hashtagLine !== undefined ? `; HDX hashtag row on line ${layout.hashtagLine} passed over` : '';
  return `${rows}${older}${tags}`;
}
