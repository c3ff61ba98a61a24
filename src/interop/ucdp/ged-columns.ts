/**
 * The 49 columns of the UCDP Georeferenced Event Dataset (GED) CSV of the 2020s, found by name. GED
 * 19.1 lacks some (`relid`, `code_status`, the `*_dset_id` ids, `where_description`) and orders them
 * otherwise; none of those is read.
 */
export const GED_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const;

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
