/**
 * Every annotated document the evaluation and the ranker's training read, in six groups kept apart: seeds held out
 * (never used to tune), seeds tuned on, the texts written for development (eval/texts/train) and three blind test sets
 * (eval/texts/test, test2 and test3, whose misses are never printed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/ingest/text/language.js';
import type { Annotation } from './annotation.js';
import { TUNED_ON, seedDocuments } from './corpus.js';
import { TEXTS_DIR, annotatedTexts } from './texts.js';

export type Group = 'held-out' | 'tuned-on' | 'development' | 'test' | 'test2' | 'test3';

/** The sets under eval/texts that are scored, each in its own group; `train` is the only one trained on. */
export type TextSet = 'train' | 'test' | 'test2' | 'test3';

export interface EvalDocument {
  /** A seed's three digits, or set/name for a text. */
  key: string;
  group: Group;
  text: string;
  language: string;
  date?: string;
  /** Relations with a `new:` end are annotated, so the scorer counts proposals to actors the dataset lacks. */
  newEnds?: boolean;
  gold: Annotation[];
  /** A seed's source id: the ties only it attests are not "known" when it is read (`knownTies`). */
  source?: string;
}

/** The annotated seeds, each held out or tuned on. */
export function seedEvalDocuments(): EvalDocument[] {
  return seedDocuments().flatMap((doc) => {
    const file = new URL(`./annotations/${doc.key}.jsonl`, import.meta.url);
    if (!existsSync(file)) return [];
    const gold = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Annotation);
    const group: Group = TUNED_ON.includes(doc.key) ? 'tuned-on' : 'held-out';
    return [{ key: doc.key, group, source: doc.id, text: doc.text, language: detectLanguage(doc.text) ?? 'en', ...(doc.date ? { date: doc.date } : {}), gold }];
  });
}

/** The texts of a set under eval/texts (none when the set is absent). */
export function textEvalDocuments(set: TextSet): EvalDocument[] {
  if (!existsSync(join(TEXTS_DIR, set))) return [];
  const group: Group = set === 'train' ? 'development' : set;
  return annotatedTexts(set).map((t) => ({
    key: `${set}/${t.key}`,
    group,
    text: t.text,
    language: t.language,
    ...(t.date ? { date: t.date } : {}),
    ...(t.newEnds ? { newEnds: true } : {}),
    gold: t.gold,
  }));
}

/** What the ranker is trained on: the seeds tuned on and the development texts; never a held-out seed or a test text. */
export function trainingDocuments(): EvalDocument[] {
  return [...seedEvalDocuments().filter((d) => d.group === 'tuned-on'), ...textEvalDocuments('train')];
}
