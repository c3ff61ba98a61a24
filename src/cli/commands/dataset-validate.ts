import type { Command } from 'commander';
import { FaultlineError, formatIssue, type Issue } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { CodePointIndex } from '../../core/text/normalise.js';
import { withStore, type GlobalOptions } from '../context.js';
import { err, out, printJson } from '../output/print.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a dataset folder (or the database) and that every evidence passage resolves and matches its hash')
    .argument('[dir]', 'dataset folder; the database when omitted')
    .option('--sources <dir>', 'folder of source documents to check evidence against')
    .action(async (dir: string | undefined, options: GlobalOptions & { sources?: string }) => {
      const [{ checkReferences }, { CodePointIndex }, { readDataset }, { readDocuments, validateEvidence }] = await Promise.all([
        import('../../core/dataset/check-references.js'),
        import('../../core/text/normalise.js'),
        import('../../services/dataset/read-dataset.js'),
        import('../../services/validate-evidence.js'),
      ]);
      const issues: Issue[] = [];
      const documents = options.sources ? readDocuments(options.sources) : new Map<string, { file: string; index: CodePointIndex }>();
      let checked = 0;
      let claimCount = 0;
      if (dir) {
        const { records, issues: parseIssues } = readDataset(dir);
        issues.push(...parseIssues, ...checkReferences(records));
        const where = new Map(records.claim.map((at) => [at.record.id, { file: at.file, line: at.line }]));
        const claims = records.claim.map((at) => at.record as Claim);
        claimCount = claims.length;
        if (options.sources) {
          const result = validateEvidence(
            claims,
            (id) => documents.get(id)?.index,
            (c) => where.get(c.id) ?? {},
          );
          issues.push(...result.issues);
          checked = result.checked;
        }
      } else {
        await withStore(options, async (store) => {
          const claims = await store.claims();
          claimCount = claims.length;
          const texts = new Map<string, CodePointIndex | undefined>();
          for (const id of new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))) {
            const stored = await store.getSourceText(id);
            texts.set(id, documents.get(id)?.index ?? (stored === undefined ? undefined : new CodePointIndex(stored)));
          }
          const result = validateEvidence(claims, (id) => texts.get(id));
          issues.push(...result.issues);
          checked = result.checked;
        });
      }
      if (options.json) printJson({ ok: issues.length === 0, claims: claimCount, passagesChecked: checked, issues });
      else {
        for (const issue of issues) err(formatIssue(issue));
        out(`${claimCount} claims, ${checked} evidence passages checked, ${issues.length} problem(s)`);
      }
      if (issues.length > 0)
        throw new FaultlineError(
          issues.some((i) => i.code === 'evidence_mismatch' || i.code === 'source_text_missing') ? 'evidence_mismatch' : 'dataset_invalid',
          `${issues.length} problem(s)`,
          { issues: [] },
        );
    });
}
