import { z } from 'zod';
import { SOURCE_RELIABILITY } from '../vocab/admiralty.js';
import { edtfText, languageTag, nonEmpty, sha256 } from './common.js';

/** A document, identified by the SHA-256 of its normalised text; its text lives only in the database. */
export const sourceSchema = z.strictObject({
  id: sha256,
  title: nonEmpty,
  authors: z.array(nonEmpty).optional(),
  publisher: nonEmpty.optional(),
  date: edtfText.optional(),
  url: z.url().optional(),
  language: languageTag.optional(),
  kind: z.enum(['report', 'briefing', 'web_page', 'commentary', 'profile', 'article', 'interview', 'dataset', 'other']).optional(),
  reliability: z.enum(Object.keys(SOURCE_RELIABILITY) as [keyof typeof SOURCE_RELIABILITY]),
  reliabilityReason: nonEmpty,
  restricted: z.boolean().optional(),
  /** Documents this one reproduces or draws on wholesale: for weighing, they count as one (W2). */
  basedOn: z.array(sha256).optional(),
  /**
   * Organisations, outlets and people the document cites as the origin of what it reports (a rights
   * group's toll, a news site's account, a researcher's interview): source metadata, not conflict actors.
   */
  cites: z.array(nonEmpty).optional(),
  notes: nonEmpty.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
