/**
 * ACLED's CSV columns. The current export has 31 columns; older exports add `data_id`,
 * `event_id_no_cnty` and `iso3` and lack `disorder_type`, `civilian_targeting` and `tags`.
 * The reader finds columns by name, so either layout (and any column order) reads the same.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Columns only older exports have. */
export const ACLED_LEGACY_COLUMNS = ['data_id', 'event_id_no_cnty', 'iso3'] as const;

/** Columns without which a row cannot become an event. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country', 'location', 'fatalities'] as const;
