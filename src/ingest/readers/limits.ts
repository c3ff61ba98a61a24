import { FaultlineError } from '../../core/errors.js';

/** How much of a document a reader may take in; past any of them it refuses the file. */
export interface ReadLimits {
  /** Characters of extracted text (before normalisation). */
  maxChars?: number;
  /** Elements open at once in an HTML page. */
  maxDepth?: number;
  /** Pages of a PDF. */
  maxPages?: number;
}

/** What each limit is called in messages, and where a user raises it. */
const LIMIT_WORDS = {
  maxChars: { unit: 'characters of text', raise: 'FAULTLINE_INGEST_MAX_CHARS' },
  maxDepth: { unit: 'nested elements', raise: 'FAULTLINE_INGEST_MAX_DEPTH' },
  maxPages: { unit: 'pages', raise: 'FAULTLINE_INGEST_MAX_PAGES' },
  maxBytes: { unit: 'bytes', raise: '--max-bytes or FAULTLINE_INGEST_MAX_BYTES' },
  maxSeconds: { unit: 'seconds of reading and extraction', raise: 'FAULTLINE_INGEST_MAX_SECONDS' },
} as const;

/** The one error every ingest limit raises: `file_too_large`, naming the file, what was found and the limit. */
export function overLimit(file: string, limit: keyof typeof LIMIT_WORDS, max: number, found: string): FaultlineError {
  const { unit, raise } = LIMIT_WORDS[limit];
  return new FaultlineError('file_too_large', `${file}: ${found}, over the limit of ${max} ${unit} (raise it with ${raise})`);
}

/** Counts extracted text as it comes and refuses the file as soon as it is certainly over `maxChars`. */
export class TextBudget {
  private seen = 0;

  constructor(
    private readonly file: string,
    private readonly max = Number.POSITIVE_INFINITY,
  ) {}

  /** Whitespace may still be collapsed or trimmed, so only other characters count against the limit here. */
  add(text: string): void {
    if (this.max === Number.POSITIVE_INFINITY) return;
    this.seen += text.replace(/\s+/g, '').length;
    if (this.seen > this.max) throw overLimit(this.file, 'maxChars', this.max, `more than ${this.max} characters of text`);
  }
}
