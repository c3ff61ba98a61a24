/**
 * Annotated texts kept in the repository: texts the team wrote itself, so their drafts may quote them. A set is a folder
 * eval/texts/<set>/ holding, per text, <name>.txt, <name>.json ({"language":"en"|"fr","date"?:"YYYY-MM-DD","kind":"news"…})
 * and <name>.draft.jsonl in the draft syntax of eval/build-annotations.ts. A draft without a region line annotates the
 * whole text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FaultlineError, formatIssue, type Issue } from '../src/core/errors.js';
import { edtfText } from '../src/core/model/common.js';
import { fatalitiesSchema } from '../src/core/model/event.js';
import { normaliseText, sha256Hex } from '../src/core/text/normalise.js';
import { EVENT_TYPE_NAMES } from '../src/core/vocab/event-types.js';
import { RELATION_TYPE_NAMES } from '../src/core/vocab/relation-types.js';
import type { Annotation } from './annotation.js';
import { locateDrafts, occurrences, parseDrafts, type DraftLine } from './drafts.js';

const root = new URL('..', import.meta.url).pathname;
/** Where the sets live. */
export const TEXTS_DIR = join(root, 'eval', 'texts');

export interface AnnotatedText {
  /** The file name without its extension. */
  key: string;
  set: string;
  text: string;
  /** SHA-256 of the normalised text, as a source's id is. */
  id: string;
  language: 'en' | 'fr';
  /** Publication date, when the text has one. */
  date?: string;
  kind: string;
  /** Relations with a `new:` end are annotated (metadata `newEnds`); otherwise the draft keeps them as notes. */
  newEnds?: boolean;
  gold: Annotation[];
}

const metadataSchema = z.strictObject({
  language: z.enum(['en', 'fr']),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .pipe(edtfText)
    .optional(),
  kind: z.string().regex(/^[a-z-]+$/, 'expected a lower-case word such as news or profile'),
  /** Relations with a `new:` end are annotated as relations, not kept as `//` notes. */
  newEnds: z.boolean().optional(),
});

const quote = z.string().min(1, 'must not be empty');
const nth = z.number().int().min(1);
const draftSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('region'), quote, endQuote: quote }),
  z.strictObject({ type: z.literal('mention'), quote, id: z.string(), nth: z.union([nth, z.array(nth).min(1)]).optional(), loose: z.boolean().optional() }),
  z.strictObject({ type: z.literal('date'), quote, edtf: edtfText, nth: nth.optional() }),
  z.strictObject({ type: z.literal('relation'), quote, relation: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]), from: z.string(), to: z.string() }),
  z.strictObject({
    type: z.literal('event'),
    quote,
    event: z.enum(EVENT_TYPE_NAMES as [string, ...string[]]),
    date: edtfText.optional(),
    place: z.string().optional(),
    participants: z.array(z.string()),
    fatalities: fatalitiesSchema.optional(),
  }),
]);

/** Ids of the Mali dataset's actors and places, which every annotated id must name unless it starts with "new:". */
export function datasetIds(): Set<string> {
  return new Set(
    ['actors.jsonl', 'places.jsonl'].flatMap((f) =>
      readFileSync(join(root, 'data', 'mali', f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => String((JSON.parse(l) as { id: unknown }).id)),
    ),
  );
}

function fail(issue: Issue): never {
  throw new FaultlineError(issue.code, formatIssue(issue), { issues: [issue] });
}

/** The ids a draft line names, with the field that names each. */
const idsOf = (f: Record<string, unknown>): [string, unknown][] => {
  if (f['type'] === 'mention') return [['id', f['id']]];
  if (f['type'] === 'relation')
    return [
      ['from', f['from']],
      ['to', f['to']],
    ];
  if (f['type'] === 'event')
    return [
      ...(f['participants'] as unknown[]).map((p, i): [string, unknown] => [`participants.${i}`, p]),
      ...(f['place'] === undefined ? [] : [['place', f['place']] as [string, unknown]]),
    ];
  return [];
};

/** Checks a draft line's fields, its ids and, for lines that take one occurrence, that its quote is not ambiguous. */
function checkDraft(d: DraftLine, text: string, file: string, knownIds: ReadonlySet<string>): void {
  const parsed = draftSchema.safeParse(d.fields);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    fail({ code: 'invalid_input', file, line: d.line, path: first?.path.join('.') || 'type', message: first?.message ?? 'invalid draft line' });
  }
  for (const [field, id] of idsOf(d.fields))
    if (typeof id !== 'string' || !(knownIds.has(id) || /^new:[a-z0-9-]+$/.test(id)))
      fail({ code: 'unknown_reference', file, line: d.line, path: field, message: `unknown id ${String(id)}: expected an id of data/mali or new:slug` });
  const type = d.fields['type'];
  const q = String(d.fields['quote']);
  if ((type === 'relation' || type === 'event') && occurrences(text, q).length > 1)
    fail({ code: 'invalid_input', file, line: d.line, path: 'quote', message: `ambiguous: ${q} occurs more than once; quote more of the sentence` });
  if (type === 'mention' && occurrences(text, q, d.fields['loose'] === true).length === 0)
    fail({ code: 'invalid_input', file, line: d.line, path: 'quote', message: `not found: ${q}` });
}

/** Reads one text of a set, checks its metadata and draft, and locates its annotations in the normalised text. */
function readText(dir: string, set: string, key: string, knownIds: ReadonlySet<string>): AnnotatedText {
  const text = normaliseText(readFileSync(join(dir, `${key}.txt`), 'utf8'));
  const metaFile = join(dir, `${key}.json`);
  const draftFile = join(dir, `${key}.draft.jsonl`);
  for (const file of [metaFile, draftFile])
    if (!existsSync(file)) fail({ code: 'invalid_input', file, message: `missing: every text needs ${key}.json and ${key}.draft.jsonl` });
  const meta = metadataSchema.safeParse(JSON.parse(readFileSync(metaFile, 'utf8')));
  if (!meta.success) {
    const first = meta.error.issues[0];
    fail({ code: 'invalid_input', file: metaFile, path: first?.path.join('.') || '', message: first?.message ?? 'invalid metadata' });
  }
  const drafts = parseDrafts(readFileSync(draftFile, 'utf8'), draftFile);
  for (const d of drafts) checkDraft(d, text, draftFile, knownIds);
  const whole: DraftLine[] = drafts.some((d) => d.fields['type'] === 'region') ? [] : [{ line: 0, fields: { type: 'region', quote: text, endQuote: text } }];
  const { language, date, kind, newEnds } = meta.data;
  const gold = locateDrafts(text, [...whole, ...drafts], draftFile);
  return { key, set, text, id: sha256Hex(text), language, ...(date ? { date } : {}), kind, ...(newEnds ? { newEnds } : {}), gold };
}

/** The annotated texts of one set, in file-name order; throws naming the file, line and field of the first fault. */
export function annotatedTexts(set: string, options: { dir?: string; knownIds?: ReadonlySet<string> } = {}): AnnotatedText[] {
  const dir = join(options.dir ?? TEXTS_DIR, set);
  if (!existsSync(dir)) fail({ code: 'not_found', file: dir, message: `no such set: ${set}` });
  const knownIds = options.knownIds ?? datasetIds();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readText(dir, set, f.slice(0, -'.txt'.length), knownIds));
}
