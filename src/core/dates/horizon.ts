/**
 * D8: how long after its last attestation a tie with an open end is presumed to hold, unless asked
 * otherwise (docs/spec/model.md says why 24 months). A constant of the model, read by the analysis
 * and offered by the CLI and the API as their default.
 */
export const DEFAULT_HORIZON_MONTHS = 24;
