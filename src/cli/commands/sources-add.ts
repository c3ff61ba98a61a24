import type { Command } from 'commander';
import type { Source } from '../../core/model/source.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerSourcesAdd(program: Command): void {
  const sources = program.command('sources').description('documents and their texts');
  sources
    .command('add')
    .description("register documents' text in the database (ids are the SHA-256 of the normalised text)")
    .argument('<files...>', 'plain-text documents')
    .option('--title <title>', 'title, when the document is new to the database')
    .option('--reliability <A-F>', 'Admiralty reliability grade for a new source')
    .option('--reason <text>', 'why that grade')
    .action(async (files: string[], options: GlobalOptions & { title?: string; reliability?: Source['reliability']; reason?: string }) => {
      const { registerSource } = await import('../../services/register-source.js');
      const results = await withStore(options, async (store) => {
        const done = [];
        for (const file of files) {
          const meta: Partial<Source> = {};
          if (options.title) meta.title = options.title;
          if (options.reliability) meta.reliability = options.reliability;
          if (options.reason) meta.reliabilityReason = options.reason;
          done.push({ file, ...(await registerSource(store, file, meta)) });
        }
        return done;
      });
      if (options.json) printJson(results.map((r) => ({ file: r.file, id: r.source.id, title: r.source.title, created: r.created, length: r.length })));
      else
        for (const r of results)
          out(`${r.created ? 'new source' : 'text stored for'} ${r.source.id.slice(0, 12)}… ${r.source.title} (${r.length} characters) ← ${r.file}`);
    });
  sources
    .command('list')
    .description('list sources with their reliability and whether their text is registered')
    .action(async (options: GlobalOptions) => {
      const rows = await withStore(options, async (store) =>
        Promise.all(
          (await store.list('source')).map(async (s) => ({
            id: s.id,
            title: s.title,
            date: s.date ?? '',
            reliability: s.reliability,
            text: (await store.getSourceText(s.id)) !== undefined,
          })),
        ),
      );
      if (options.json) printJson(rows);
      else for (const r of rows) out(`${r.id.slice(0, 12)}  ${r.reliability}  ${r.date.padEnd(10)}  ${r.text ? 'text ' : 'no text'}  ${r.title}`);
    });
}
