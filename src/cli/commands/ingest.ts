import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { Source } from '../../core/model/source.js';
import type { SourceFlags } from '../../services/ingest/source-metadata.js';
import { withStore, type GlobalOptions } from '../context.js';
import { err, out, printJson } from '../output/print.js';
import { actingUser } from '../acting-user.js';

interface IngestFlags extends GlobalOptions {
  dryRun?: boolean;
  title?: string;
  date?: string;
  publisher?: string;
  author?: string[];
  url?: string;
  kind?: Source['kind'];
  reliability?: Source['reliability'];
  reason?: string;
  lang?: string;
  format?: string;
  encoding?: string;
  maxBytes?: string;
  by: string;
}

function sourceFlags(o: IngestFlags): SourceFlags {
  const flags: SourceFlags = {};
  if (o.title) flags.title = o.title;
  if (o.date) flags.date = o.date;
  if (o.publisher) flags.publisher = o.publisher;
  if (o.author?.length) flags.authors = o.author;
  if (o.url) flags.url = o.url;
  if (o.kind) flags.kind = o.kind;
  if (o.reliability) flags.reliability = o.reliability;
  if (o.reason) flags.reliabilityReason = o.reason;
  if (o.lang) flags.language = o.lang;
  return flags;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('register reports (txt, md, html, pdf) and propose the actors, relations and events they state, for review')
    .argument('<files...>', 'documents to ingest')
    .option('--dry-run', 'extract and print, store nothing')
    .option('--title <title>', 'title of a new source (default: from the file)')
    .option('--date <edtf>', "the document's date, EDTF (anchors relative dates)")
    .option('--publisher <name>', 'publisher of a new source')
    .option('--author <name...>', 'authors of a new source')
    .option('--url <url>', 'where the document was published')
    .option('--kind <kind>', 'report, briefing, web_page, commentary, profile, article, interview, dataset or other')
    .option('--reliability <A-F>', 'Admiralty reliability of a new source (default F)')
    .option('--reason <text>', 'why that grade')
    .option('--lang <tag>', 'language, when detection should not decide')
    .option('--format <format>', 'txt, markdown, html or pdf, when the extension does not say')
    .option('--encoding <label>', 'character encoding of a text file that is not UTF-8 (e.g. windows-1252)')
    .option('--max-bytes <n>', 'refuse files larger than this (default 20 MiB, or $FAULTLINE_INGEST_MAX_BYTES)')
    .option('--by <name>', 'who is ingesting', actingUser())
    .action(async (files: string[], options: IngestFlags) => {
      const maxBytes = options.maxBytes === undefined ? undefined : Number(options.maxBytes);
      if (maxBytes !== undefined && !(maxBytes > 0))
        throw new FaultlineError('invalid_input', `--max-bytes: expected a positive number, got ${options.maxBytes}`);
      const { ingestDocuments } = await import('../../services/ingest/ingest-document.js');
      const results = await withStore(options, (store) =>
        ingestDocuments(store, files, {
          source: sourceFlags(options),
          dryRun: options.dryRun === true,
          by: options.by,
          ...(maxBytes ? { maxBytes } : {}),
          ...(options.format ? { format: options.format } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
        }),
      );
      if (options.json) {
        printJson(
          results.map(({ source, ...rest }) => ({
            ...rest,
            source: { id: source.id, title: source.title, date: source.date, language: source.language, ...(source.cites ? { cites: source.cites } : {}) },
          })),
        );
        return;
      }
      for (const r of results) {
        const created = r.proposed.filter((p) => p.creates).length;
        out(
          `${r.dryRun ? 'would ingest' : r.newSource ? 'ingested' : 'ingested again'} ${r.file} → source ${r.source.id.slice(0, 12)}… "${r.source.title}" (${r.format}, ${r.language ?? 'language unknown'}, ${r.words} words, ${r.sentences} sentences)`,
        );
        out(
          `  found ${r.mentions.length} mentions, ${r.proposedActors.length} new actors, ${r.proposed.filter((p) => p.kind === 'place').length} new places a fact needs, ${r.dates.length} dates, ${r.relations.length} relations, ${r.events.length} events`,
        );
        out(
          `  ${r.dryRun ? 'would propose' : 'proposed'} ${r.proposed.length} claims (${created} new records, ${r.proposed.length - created} on recorded ones)${r.repeated ? `; ${r.repeated} already proposed before` : ''}`,
        );
        if (r.source.cites?.length) out(`  cites as its sources (kept on the source, not proposed as actors): ${r.source.cites.join('; ')}`);
        // What the reader had to decide for the analyst (a wrongly declared charset, say) is said, not only in --json.
        for (const warning of r.warnings) err(`  warning: ${warning}`);
      }
      if (!results.some((r) => r.dryRun) && results.some((r) => r.proposed.length > 0)) out('review them with `faultline review`');
    });
}
