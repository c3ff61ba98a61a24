import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../core/errors.js';
import type { Claim } from '../core/model/claim.js';
import { CodePointIndex, normaliseText, sha256Hex } from '../core/text/normalise.js';
import { readUtf8 } from './register-source.js';

/** The documents of a folder, keyed by the SHA-256 of their normalised text. */
export function readDocuments(dir: string): Map<string, { file: string; index: CodePointIndex }> {
  const documents = new Map<string, { file: string; index: CodePointIndex }>();
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const text = normaliseText(readUtf8(file));
    documents.set(sha256Hex(text), { file, index: new CodePointIndex(text) });
  }
  return documents;
}

/**
 * E1: every evidence passage must resolve in its document and hash to the recorded value.
 * `texts` finds a source's normalised text; `where` locates a claim for the report.
 */
export function validateEvidence(
  claims: readonly Claim[],
  texts: (sourceId: string) => CodePointIndex | undefined,
  where: (claim: Claim) => { file?: string; line?: number } = () => ({}),
): { issues: Issue[]; checked: number } {
  const issues: Issue[] = [];
  let checked = 0;
  for (const claim of claims) {
    claim.evidence.forEach((evidence, i) => {
      const path = `evidence.${i}`;
      const index = texts(evidence.source);
      if (!index) {
        issues.push({
          code: 'source_text_missing',
          ...where(claim),
          path: `${path}.source`,
          message: `${claim.id}: no text for source ${evidence.source.slice(0, 12)}…`,
        });
        return;
      }
      if (evidence.end > index.length) {
        issues.push({
          code: 'evidence_mismatch',
          ...where(claim),
          path: `${path}.end`,
          message: `${claim.id}: end ${evidence.end} is past the document's end ${index.length}`,
        });
        return;
      }
      checked++;
      const hash = sha256Hex(index.slice(evidence.start, evidence.end));
      if (hash !== evidence.sha256) {
        issues.push({
          code: 'evidence_mismatch',
          ...where(claim),
          path: `${path}.sha256`,
          message: `${claim.id}: passage ${evidence.start}–${evidence.end} does not match its hash`,
        });
      }
    });
  }
  return { issues, checked };
}
