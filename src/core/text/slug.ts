import { foldName } from './normalise.js';

/** An id slug from a name: "Groupe d’autodéfense" → "groupe-dautodefense"; ASCII letters and digits joined by dashes. */
export function slugOf(name: string): string {
  const slug = foldName(name)
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return slug.slice(0, 80).replace(/-+$/, '') || 'unnamed';
}
