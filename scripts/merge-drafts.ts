// Merges the hand-written drafts in data/drafts/mali/ into the canonical dataset data/mali/.
// Usage: npx tsx scripts/merge-drafts.ts [--check]   (--check validates and writes nothing)
// Since December 2026 data/mali is corrected in place (lifespans, dates the passages give, duplicates
// merged, sources that are not actors: data/mali/README.md); the drafts predate that, so writing needs
// --overwrite-corrections and would undo those corrections.
// See data/drafts/mali/README.md for the draft line shapes and how disagreements become claims.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkReferences, type DatasetRecords } from '../src/core/dataset/check-references.js';
import { formatDatasetFile } from '../src/core/dataset/canonical.js';
import { sortKeys } from '../src/core/dataset/sort-keys.js';
import { DATASET_FILES, RECORD_KINDS, type RecordKind } from '../src/core/dataset/kinds.js';
import { RECORD_SCHEMAS } from '../src/core/dataset/record-schemas.js';
import type { Located } from '../src/core/dataset/parse-lines.js';
import { formatIssue, type Issue } from '../src/core/errors.js';

const DRAFTS = 'data/drafts/mali';
const OUT = 'data/mali';
const AUTHOR = 'faultline-team';
const AUTHORED_ON = '2026-11-21';
// Editorial fields are our own words, not assertions of the sources: differences there are not disputes.
const EDITORIAL = new Set(['description', 'note', 'notes', 'aliases', 'role', 'participants', 'placePrecision']);

type Rec = Record<string, unknown> & { id: string };
type Kind = 'actor' | 'place' | 'relation' | 'event';
const check = process.argv.includes('--check');
if (!check && !process.argv.includes('--overwrite-corrections')) {
  process.stderr.write(
    'data/mali has been corrected after these drafts; merging them would undo that. Use --check, or --overwrite-corrections if you mean it.\n',
  );
  process.exit(2);
}
const issues: Issue[] = [];
const records: Record<Kind, Map<string, Located<Rec>>> = { actor: new Map(), place: new Map(), relation: new Map(), event: new Map() };
const claims: Located<Rec>[] = [];
const claimCount = new Map<string, number>();
const warnings: string[] = [];

function nextClaimId(subject: string): string {
  const n = (claimCount.get(subject) ?? 0) + 1;
  claimCount.set(subject, n);
  return `${subject}#${n}`;
}

function addClaim(at: { file: string; line: number }, subject: string, draft: Record<string, unknown>, stance: string, value?: Record<string, unknown>) {
  const cite = draft['cite'];
  if (!Array.isArray(cite) || cite.length === 0) {
    issues.push({
      code: 'claim_without_evidence',
      file: at.file,
      line: at.line,
      path: 'cite',
      message: `${subject}: a cited line needs at least one evidence object`,
    });
    return;
  }
  const claim: Rec = {
    id: nextClaimId(subject),
    subject,
    stance,
    ...(value ? { value } : {}),
    evidence: cite,
    credibility: draft['credibility'] ?? 2,
    method: 'analyst',
    status: 'accepted',
    by: AUTHOR,
    at: AUTHORED_ON,
    ...(typeof draft['note'] === 'string' ? { note: draft['note'] } : {}),
  };
  claims.push({ record: claim, ...at });
}

function mergeAliases(a: unknown, b: unknown): unknown[] | undefined {
  const out = [...((a as unknown[]) ?? [])];
  const seen = new Set(out.map((x) => JSON.stringify(sortKeys(x))));
  for (const alias of (b as unknown[]) ?? []) {
    const key = JSON.stringify(sortKeys(alias));
    const name = (alias as { name: string }).name;
    if (!seen.has(key) && !out.some((x) => (x as { name: string }).name === name)) out.push(alias);
    seen.add(key);
  }
  return out.length ? out : undefined;
}

function mergeParticipants(a: unknown, b: unknown): unknown[] {
  const out = [...((a as unknown[]) ?? [])];
  for (const p of (b as { actor: string; role: string }[]) ?? []) {
    if (!out.some((x) => (x as { actor: string }).actor === p.actor && (x as { role: string }).role === p.role)) out.push(p);
  }
  return out;
}

function absorb(kind: Kind, at: { file: string; line: number }, draft: Record<string, unknown>) {
  const record = draft[kind] as Rec;
  if (!record || typeof record !== 'object' || typeof record.id !== 'string') {
    issues.push({ code: 'invalid_input', file: at.file, line: at.line, path: kind, message: `expected a ${kind} object with an id` });
    return;
  }
  const existing = records[kind].get(record.id);
  if (!existing) {
    records[kind].set(record.id, { record: { ...record }, ...at });
    if (kind !== 'place' || draft['cite']) addClaim(at, record.id, draft, 'supports');
    return;
  }
  const head = existing.record;
  const differing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') continue;
    if (key === 'aliases') head['aliases'] = mergeAliases(head['aliases'], value);
    else if (key === 'name' && head['name'] !== value && (kind === 'actor' || kind === 'place')) {
      // Another author's canonical name is kept as an alias, so search still finds it.
      head['aliases'] = mergeAliases(head['aliases'], [{ name: value }]);
    } else if (key === 'ideology' && Array.isArray(head['ideology']) && Array.isArray(value)) {
      head['ideology'] = [...new Set([...(head['ideology'] as unknown[]), ...value])];
    } else if (key === 'participants') head['participants'] = mergeParticipants(head['participants'], value);
    else if (head[key] === undefined) head[key] = value;
    else if (JSON.stringify(sortKeys(head[key])) !== JSON.stringify(sortKeys(value))) {
      if (EDITORIAL.has(key) || kind === 'place' || kind === 'actor') {
        if (!EDITORIAL.has(key)) warnings.push(`${at.file}:${at.line}: ${record.id}.${key} differs from ${existing.file}:${existing.line}; kept the first`);
      } else differing[key] = value;
    }
  }
  if (kind !== 'place' || draft['cite']) addClaim(at, record.id, draft, 'supports', Object.keys(differing).length ? differing : undefined);
}

// Two authors sometimes gave one happening two ids; same-as.jsonl maps the later id onto the first.
const sameAs = new Map<string, string>();
const sameAsFile = join(DRAFTS, 'same-as.jsonl');
if (existsSync(sameAsFile)) {
  for (const raw of readFileSync(sameAsFile, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const { same, as } = JSON.parse(raw) as { same: string; as: string };
    sameAs.set(same, as);
  }
}
const canonicalIds = (value: unknown): unknown => {
  if (typeof value === 'string') return sameAs.get(value) ?? value;
  if (Array.isArray(value)) return value.map(canonicalIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalIds(v)]));
  return value;
};

const files = readdirSync(DRAFTS)
  .filter((f) => f.endsWith('.jsonl') && f !== 'sources.jsonl' && f !== 'same-as.jsonl')
  .sort((a, b) => (a === 'places.jsonl' ? -1 : b === 'places.jsonl' ? 1 : a.localeCompare(b)));
const pendingClaims: { at: { file: string; line: number }; draft: Record<string, unknown> }[] = [];
for (const name of files) {
  const file = join(DRAFTS, name);
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim()) return;
      const at = { file, line: index + 1 };
      let draft: Record<string, unknown>;
      try {
        draft = canonicalIds(JSON.parse(raw)) as Record<string, unknown>;
      } catch (error) {
        issues.push({ code: 'invalid_input', ...at, message: `malformed JSON: ${(error as Error).message}` });
        return;
      }
      const kinds = (['actor', 'place', 'relation', 'event', 'claim'] as const).filter((k) => k in draft);
      if (kinds.length !== 1) {
        issues.push({ code: 'invalid_input', ...at, message: 'a draft line needs exactly one of actor, place, relation, event, claim' });
        return;
      }
      const kind = kinds[0]!;
      if (kind === 'claim') pendingClaims.push({ at, draft });
      else absorb(kind, at, draft);
    });
}
for (const { at, draft } of pendingClaims) {
  const body = draft['claim'] as { subject?: string; stance?: string; value?: Record<string, unknown> };
  if (typeof body?.subject !== 'string') {
    issues.push({ code: 'invalid_input', ...at, path: 'claim.subject', message: 'a claim line needs a subject id' });
    continue;
  }
  addClaim(at, body.subject, draft, body.stance ?? 'supports', body.value);
}

const sourcesFile = join(DRAFTS, 'sources.jsonl');
const sourceLines = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8').split('\n') : [];
const dataset = { source: [], actor: [], place: [], relation: [], event: [], claim: [] } as DatasetRecords;
sourceLines.forEach((raw, i) => {
  if (raw.trim()) dataset.source.push({ record: JSON.parse(raw) as Rec, file: sourcesFile, line: i + 1 });
});
for (const kind of ['actor', 'place', 'relation', 'event'] as const) dataset[kind] = [...records[kind].values()];
dataset.claim = claims;

for (const kind of RECORD_KINDS) {
  dataset[kind] = dataset[kind].filter((at) => {
    const parsed = RECORD_SCHEMAS[kind].safeParse(at.record);
    if (parsed.success) return true;
    for (const issue of parsed.error.issues) {
      const params = 'params' in issue ? (issue.params as { code?: Issue['code'] } | undefined) : undefined;
      issues.push({ code: params?.code ?? 'invalid_input', file: at.file, line: at.line, path: `${kind}.${issue.path.join('.')}`, message: issue.message });
    }
    return false;
  });
}
issues.push(...checkReferences(dataset));

for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
for (const issue of issues) process.stderr.write(formatIssue(issue) + '\n');
const counts = RECORD_KINDS.map((k) => `${dataset[k].length} ${DATASET_FILES[k].replace('.jsonl', '')}`).join(', ');
process.stdout.write(`${counts}; ${issues.length} problem(s), ${warnings.length} warning(s)\n`);
if (!check && issues.length === 0) {
  mkdirSync(OUT, { recursive: true });
  for (const kind of RECORD_KINDS) {
    writeFileSync(
      join(OUT, DATASET_FILES[kind]),
      formatDatasetFile(
        kind as RecordKind,
        dataset[kind].map((at) => at.record),
      ),
    );
  }
  process.stdout.write(`wrote ${OUT}/\n`);
}
process.exit(issues.length ? 1 : 0);
