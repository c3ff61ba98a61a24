// The evaluation's annotations (eval/annotations/NNN.jsonl) are locators into the seeds: each must
// hash to the normalised seed text it points at (T1, T2) and name only ids of the Mali dataset.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../eval/annotation.js';
import { annotationIssues } from '../eval/check-annotations.js';
import { TUNED_ON, seedDocuments } from '../eval/corpus.js';

const DIR = new URL('../eval/annotations/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));
const read = (file: URL | string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const annotationsOf = (file: string) => read(new URL(file, DIR)) as unknown as Annotation[];
const knownIds = new Set(['data/mali/actors.jsonl', 'data/mali/places.jsonl'].flatMap((f) => read(f).map((r) => String(r['id']))));
const seeds = new Map(seedDocuments().map((d) => [d.key, d]));

describe.skipIf(seeds.size === 0)('evaluation annotations (eval/annotations/NNN.jsonl)', () => {
  it('cover the tuned-on seed and at least one held-out seed', () => {
    const keys = files.map((f) => f.slice(0, 3));
    expect(keys).toEqual(expect.arrayContaining([...TUNED_ON]));
    expect(keys.some((k) => !TUNED_ON.includes(k))).toBe(true);
  });

  it.each(files)('T2: every locator in %s hashes to the normalised seed text and every id is in the dataset', (file) => {
    const doc = seeds.get(file.slice(0, 3));
    expect(doc, `no seed for ${file}`).toBeDefined();
    const annotations = annotationsOf(file);
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotationIssues(annotations, doc?.text ?? '', knownIds)).toEqual([]);
  });

  it('reports a locator shifted by one code point and an id the dataset lacks', () => {
    const file = files.find((f) => !TUNED_ON.includes(f.slice(0, 3))) ?? '004.jsonl';
    const annotations = annotationsOf(file);
    const at = annotations.findIndex((a) => a.type === 'mention');
    const mention = annotations[at];
    if (mention?.type !== 'mention') throw new Error(`no mention in ${file}`);
    const broken = annotations.with(at, { ...mention, start: mention.start + 1, end: mention.end + 1, id: 'actor:no-such-actor' });
    const codes = annotationIssues(broken, seeds.get(file.slice(0, 3))?.text ?? '', knownIds).map((i) => `${i.path} ${i.code}`);
    expect(codes).toEqual([`line ${at + 1} locator_mismatch`, `line ${at + 1} unknown_id`]);
  });
});
