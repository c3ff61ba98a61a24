import type { Located } from '../../core/dataset/parse-lines.js';
import type { Issue } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { CodePointIndex } from '../../core/text/normalise.js';
import { validateEvidence } from '../validate-evidence.js';

/**
 * Rule E1 at load time: each claim's evidence checked against its source's text when the database has
 * registered that text (a passage past its end, or one whose hash differs, is a problem at the claim's
 * file and line). Evidence on a source with no registered text is left to `validate`, as before: a
 * dataset folder never holds texts, and a database may load it before they are registered.
 */
export async function evidenceIssues(store: Store, claims: readonly Located<{ id: string }>[]): Promise<Issue[]> {
  const located = claims.map((at) => ({ claim: at.record as Claim, file: at.file, line: at.line }));
  const texts = new Map<string, CodePointIndex>();
  for (const source of new Set(located.flatMap(({ claim }) => claim.evidence.map((e) => e.source)))) {
    const text = await store.getSourceText(source);
    if (text !== undefined) texts.set(source, new CodePointIndex(text));
  }
  if (texts.size === 0) return [];
  const where = new Map(located.map(({ claim, file, line }) => [claim, { file, line }] as const));
  const { issues } = validateEvidence(
    located.map(({ claim }) => claim),
    (source) => texts.get(source),
    (claim) => where.get(claim) ?? {},
  );
  return issues.filter((issue) => issue.code !== 'source_text_missing');
}
