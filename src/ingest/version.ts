/** The extractor's version, recorded in every claim it proposes as `extractor@X.Y.Z`. Bump it when output changes. */
export const EXTRACTOR_VERSION = '0.16.0';
export const EXTRACTOR_METHOD = `extractor@${EXTRACTOR_VERSION}`;
