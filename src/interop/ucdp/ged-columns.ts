/** The GED columns an import cannot do without (found by name, in any order); the others are read when present. */
export const GED_REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start', 'date_end', 'country', 'best'] as const;

/**
 * Values UCDP writes for "not recorded", by column: -1 for an unknown number of sources (common in
 * GED 19.1 to 21.1 extracts) and for unknown precision codes. Empty and `NA` are always "not recorded".
 */
export const GED_UNKNOWN: Readonly<Record<string, readonly string[]>> = {
  number_of_sources: ['-1'],
  where_prec: ['-1'],
  event_clarity: ['-1'],
  date_prec: ['-1'],
  low: ['-1'],
  high: ['-1'],
};
