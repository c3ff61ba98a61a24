/**
 * How much `ingest` takes in before it refuses a file (`file_too_large`, exit 7, nothing written).
 * The defaults leave room for any report we have seen (the longest seed is 80,000 characters) while
 * keeping a hostile file to seconds: extraction runs at about 100,000 characters a second here.
 */
export interface IngestLimits {
  /** Size of the file. */
  maxBytes: number;
  /** Characters of text read from it (a 2,000,000-character report is some 1,000 pages). */
  maxChars: number;
  /** Elements open at once in an HTML page (browsers' own parsers stop nesting at a few hundred). */
  maxDepth: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Seconds of reading and extraction per document. */
  maxSeconds: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxChars: 2_000_000,
  maxDepth: 1_000,
  maxPages: 2_000,
  maxSeconds: 120,
};

const ENVIRONMENT: Record<keyof IngestLimits, string> = {
  maxBytes: 'FAULTLINE_INGEST_MAX_BYTES',
  maxChars: 'FAULTLINE_INGEST_MAX_CHARS',
  maxDepth: 'FAULTLINE_INGEST_MAX_DEPTH',
  maxPages: 'FAULTLINE_INGEST_MAX_PAGES',
  maxSeconds: 'FAULTLINE_INGEST_MAX_SECONDS',
};

/** Each limit from the option, else its environment variable (a positive number), else the default. */
export function ingestLimits(options: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...DEFAULT_INGEST_LIMITS };
  for (const key of Object.keys(limits) as (keyof IngestLimits)[]) {
    const fromEnv = Number(process.env[ENVIRONMENT[key]]);
    limits[key] = options[key] ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_INGEST_LIMITS[key]);
  }
  return limits;
}
