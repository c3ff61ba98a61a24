// The annotated texts kept in the repository (eval/texts/<set>/): each loads, its locators hash to the normalised text
// they quote, and a faulty draft or metadata file is refused naming its file, line and field.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultlineError } from '../src/core/errors.js';
import { normaliseText, sha256Hex } from '../src/core/text/normalise.js';
import { annotationIssues } from '../eval/check-annotations.js';
import { textEvalDocuments, trainingDocuments } from '../eval/eval-documents.js';
import { TEXTS_DIR, annotatedTexts, datasetIds } from '../eval/texts.js';

const knownIds = datasetIds();
const quoted = (text: string, a: { start: number; end: number }) => [...text].slice(a.start, a.end).join('');

describe('annotated texts (eval/texts)', () => {
  it('loads the fixture set: metadata, normalised text, its id, and every kind of annotation', () => {
    const texts = annotatedTexts('fixture');
    expect(texts.map((t) => [t.key, t.set, t.language, t.date, t.kind])).toEqual([
      ['dissolution', 'fixture', 'fr', undefined, 'brief'],
      ['raid', 'fixture', 'en', '2020-03-06', 'news'],
    ]);
    const [dissolution, raid] = texts;
    if (!dissolution || !raid) throw new Error('fixture set incomplete');
    // The file has a byte-order mark and a CRLF line end; offsets count in the normalised text.
    expect(dissolution.text).toBe("Le groupe Alpha, établi à Kidal, s'est dissous en 2015.\n");
    expect(dissolution.id).toBe(sha256Hex(dissolution.text));
    const gold = raid.gold.map((a) => ('evidence' in a ? { ...a, quote: quoted(raid.text, a.evidence) } : { ...a, quote: quoted(raid.text, a) }));
    expect(gold.map((a) => [a.type, 'id' in a ? a.id : 'edtf' in a ? a.edtf : 'relation' in a ? a.relation : 'event' in a ? a.event : '', a.quote])).toEqual([
      ['region', '', raid.text],
      ['mention', 'actor:ansar-dine', 'Ansar Dine'],
      ['mention', 'actor:jnim', 'JNIM'],
      ['mention', 'actor:jnim', 'JNIM'],
      ['mention', 'place:gao', 'Gao'],
      ['mention', 'place:gao', 'Gao'],
      ['date', '2020-03-04', '4 March 2020'],
      ['relation', 'member_of', 'Ansar Dine is a member of JNIM'],
      ['event', 'armed_clash', 'fighters of JNIM attacked a checkpoint near Gao, killing three soldiers'],
    ]);
    expect(raid.gold.at(-1)).toMatchObject({ date: '2020-03-04', place: 'place:gao', participants: ['actor:jnim'], fatalities: { best: 3 } });
    // A draft that declares its region keeps it: the fixture's French text is annotated up to "2015." only.
    expect(dissolution.gold[0]).toMatchObject({ type: 'region', start: 0, end: dissolution.text.length - 1 });
  });

  it.each(
    readdirSync(TEXTS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  )('every locator in set %s hashes to its text and names an id of the dataset', (set) => {
    const texts = annotatedTexts(set);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(annotationIssues(t.gold, t.text, knownIds), `${set}/${t.key}`).toEqual([]);
  });

  it('keeps the second blind set (test2) in its own group, ten texts per language, and never trains on it', () => {
    const test2 = textEvalDocuments('test2');
    expect(new Set(test2.map((d) => d.group))).toEqual(new Set(['test2']));
    expect(test2.filter((d) => d.language === 'en')).toHaveLength(10);
    expect(test2.filter((d) => d.language === 'fr')).toHaveLength(10);
    const trained = new Set(trainingDocuments().map((d) => d.text));
    expect(test2.filter((d) => trained.has(d.text)).map((d) => d.key)).toEqual([]);
  });

  it('keeps the third blind set (test3) in its own group, eight texts per language, and never trains on it', () => {
    const test3 = textEvalDocuments('test3');
    expect(new Set(test3.map((d) => d.group))).toEqual(new Set(['test3']));
    expect(test3.filter((d) => d.language === 'en')).toHaveLength(8);
    expect(test3.filter((d) => d.language === 'fr')).toHaveLength(8);
    const trained = new Set(trainingDocuments().map((d) => d.text));
    expect(test3.filter((d) => trained.has(d.text)).map((d) => d.key)).toEqual([]);
  });

  describe('refuses a faulty set, naming file, line and field', () => {
    const dirs: string[] = [];
    afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
    /** A copy of the fixture set with one file's content replaced. */
    const broken = (file: string, content: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'faultline-texts-'));
      dirs.push(dir);
      cpSync(join(TEXTS_DIR, 'fixture'), join(dir, 'fixture'), { recursive: true });
      writeFileSync(join(dir, 'fixture', file), content);
      return dir;
    };
    const issueOf = (dir: string) => {
      try {
        annotatedTexts('fixture', { dir, knownIds });
      } catch (error) {
        if (!(error instanceof FaultlineError)) throw error;
        const [issue] = error.issues;
        return { code: error.code, file: issue?.file?.slice(dir.length), line: issue?.line, path: issue?.path, message: error.message };
      }
      throw new Error('loaded without complaint');
    };
    const draft = (...lines: object[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
    const mention = { type: 'mention', quote: 'JNIM', id: 'actor:jnim' };

    it('a quote the text does not hold', () => {
      const dir = broken('raid.draft.jsonl', draft(mention, { type: 'date', quote: '5 March 2020', edtf: '2020-03-05' }));
      expect(issueOf(dir)).toMatchObject({ code: 'invalid_input', file: '/fixture/raid.draft.jsonl', line: 2, path: 'quote' });
      expect(issueOf(dir).message).toContain('5 March 2020');
    });

    it('a mention that is never found', () => {
      const dir = broken('raid.draft.jsonl', '\n' + draft({ type: 'mention', quote: 'Ansar Eddine', id: 'actor:ansar-dine' }));
      expect(issueOf(dir)).toMatchObject({ file: '/fixture/raid.draft.jsonl', line: 2, path: 'quote' });
    });

    it('a relation or event quote that occurs twice', () => {
      const dir = broken('raid.draft.jsonl', draft({ type: 'relation', quote: 'JNIM', relation: 'operates_in', from: 'actor:jnim', to: 'place:gao' }));
      expect(issueOf(dir)).toMatchObject({ line: 1, path: 'quote' });
      expect(issueOf(dir).message).toContain('ambiguous');
    });

    it('a relation type outside the vocabulary, an id outside the dataset, an invalid date and fatalities', () => {
      const relation = { type: 'relation', quote: 'Ansar Dine is a member of JNIM', from: 'actor:ansar-dine', to: 'actor:jnim' };
      expect(issueOf(broken('raid.draft.jsonl', draft(mention, { ...relation, relation: 'part_of' })))).toMatchObject({ line: 2, path: 'relation' });
      expect(issueOf(broken('raid.draft.jsonl', draft({ ...relation, relation: 'member_of', to: 'actor:no-such-group' })))).toMatchObject({
        code: 'unknown_reference',
        line: 1,
        path: 'to',
      });
      expect(issueOf(broken('raid.draft.jsonl', draft({ type: 'date', quote: '4 March 2020', edtf: '2020-13-04' })))).toMatchObject({ line: 1, path: 'edtf' });
      const event = { type: 'event', quote: 'killing three soldiers', event: 'armed_clash', participants: ['actor:jnim'] };
      expect(issueOf(broken('raid.draft.jsonl', draft({ ...event, fatalities: { low: 5, high: 3 } })))).toMatchObject({ line: 1, path: 'fatalities' });
      expect(issueOf(broken('raid.draft.jsonl', draft({ ...event, participants: ['actor:jnim', 'JNIM'] })))).toMatchObject({ path: 'participants.1' });
      expect(issueOf(broken('raid.draft.jsonl', draft({ ...event, fatalites: { best: 3 } })))).toMatchObject({ line: 1 });
      expect(issueOf(broken('raid.draft.jsonl', 'not json\n'))).toMatchObject({ line: 1 });
    });

    it('metadata with a wrong language or date', () => {
      expect(issueOf(broken('raid.json', '{"language":"de","kind":"news"}'))).toMatchObject({ file: '/fixture/raid.json', path: 'language' });
      expect(issueOf(broken('raid.json', '{"language":"en","date":"2020-03","kind":"news"}'))).toMatchObject({ path: 'date' });
    });
  });
});

// normaliseText is what the loader applies; this guards the fixture's purpose (a BOM and a CRLF to strip).
it('the French fixture file really holds a byte-order mark and a CRLF', () => {
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(TEXTS_DIR, 'fixture', 'dissolution.txt')));
  expect(raw.startsWith('\uFEFF') && raw.includes('\r\n')).toBe(true);
  expect(normaliseText(raw)).not.toBe(raw);
});
