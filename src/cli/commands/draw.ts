import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out } from '../output/print.js';
import { resolveActor } from './actor-show.js';

interface DrawFlags extends GlobalOptions {
  out: string;
  recordedAt?: string;
  asOf?: string;
  definite?: boolean;
}

/** Writes the SVG, or a PNG rendered from it when the file name ends in .png. */
async function save(svg: string, file: string): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.svg' && ext !== '.png') throw new FaultlineError('invalid_input', `--out must end in .svg or .png, got ${file}`);
  mkdirSync(dirname(file), { recursive: true });
  const { pictureBytes } = await import('../../services/interop/draw-pictures.js');
  writeFileSync(file, await pictureBytes(svg, ext === '.png' ? 'png' : 'svg'));
  out(`wrote ${file}`);
}

export function registerDraw(program: Command): void {
  const draw = program.command('draw').description('pictures for reports (SVG, or PNG when --out ends in .png)');
  draw
    .command('genealogy')
    .description("an actor's lineage as lanes on a time axis: splits, mergers, renames, coalition membership")
    .argument('<actor>', 'id, name or alias')
    .requiredOption('--out <file>', 'picture to write (.svg or .png)')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, flags: DrawFlags) => {
      const { drawGenealogy } = await import('../../services/interop/draw-pictures.js');
      const svg = await withStore(flags, async (store) =>
        drawGenealogy(store, await resolveActor(store, query), flags.recordedAt ? { recordedAt: flags.recordedAt } : {}),
      );
      await save(svg, flags.out);
    });
  draw
    .command('network')
    .description('actors and ties in force on a day, coloured by kind, ties styled by sign')
    .requiredOption('--as-of <date>', 'YYYY, YYYY-MM or YYYY-MM-DD (its first day)')
    .requiredOption('--out <file>', 'picture to write (.svg or .png)')
    .option('--definite', 'only ties definitely in force')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (flags: DrawFlags) => {
      const { drawNetwork } = await import('../../services/interop/draw-pictures.js');
      const svg = await withStore(flags, (store) =>
        drawNetwork(store, flags.asOf ?? '', {
          ...(flags.recordedAt ? { recordedAt: flags.recordedAt } : {}),
          ...(flags.definite ? { definiteOnly: true } : {}),
        }),
      );
      await save(svg, flags.out);
    });
}
