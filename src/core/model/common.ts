import { z } from 'zod';
import { analyseTemporal } from '../dates/edtf.js';
import { isIdOf, type PrefixedKind } from '../ids.js';

/** An id of the given kind: `actor:jnim`, `place:kidal`, `rel:…`, `event:…`. */
export const idOf = (kind: PrefixedKind) =>
  z.string().refine((id) => isIdOf(kind, id), { message: `expected a ${kind} id like ${kind === 'relation' ? 'rel' : kind}:lower-case-slug` });

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits (SHA-256)');

/** What is wrong with a date as EDTF level 1, if anything (the one rule for `edtfText` and the compiled checks). */
export function edtfProblem(text: string): 'invalid_date' | 'invalid_interval' | undefined {
  const temporal = analyseTemporal(text);
  if (temporal === 'invalid_date') return 'invalid_date';
  if (temporal === 'invalid_interval' || temporal.start.earliest > temporal.end.latest) return 'invalid_interval';
  return undefined;
}

/** An EDTF level-1 date or interval whose end does not precede its start. */
export const edtfText = z.string().superRefine((text, ctx) => {
  const problem = edtfProblem(text);
  if (problem === 'invalid_date') {
    ctx.addIssue({ code: 'custom', message: `invalid date: ${JSON.stringify(text)} is not EDTF level 1`, params: { code: 'invalid_date' } });
  } else if (problem === 'invalid_interval') {
    ctx.addIssue({ code: 'custom', message: `invalid interval: end precedes start in ${JSON.stringify(text)}`, params: { code: 'invalid_interval' } });
  }
});

export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Language tags as BCP 47 primary subtags (en, fr, ar, tmh for Tamasheq, ff for Fula). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en or fr');
