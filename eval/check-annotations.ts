/** Checks annotations against their seed's normalised text and the dataset's ids. Pure: the test and tools call it. */
import { analyseTemporal } from '../src/core/dates/edtf.js';
import { CodePointIndex, sha256Hex } from '../src/core/text/normalise.js';
import { EVENT_TYPE_NAMES } from '../src/core/vocab/event-types.js';
import { RELATION_TYPE_NAMES } from '../src/core/vocab/relation-types.js';
import type { Annotation, Locator } from './annotation.js';

export interface AnnotationIssue {
  code: 'locator_mismatch' | 'outside_region' | 'unknown_id' | 'unknown_type' | 'invalid_date';
  /** The annotation's line in its file, from 1. */
  path: string;
  message: string;
}

const locatorOf = (a: Annotation): Locator => ('evidence' in a ? a.evidence : a);
const idsOf = (a: Annotation): string[] =>
  a.type === 'mention' ? [a.id] : a.type === 'relation' ? [a.from, a.to] : a.type === 'event' ? [...a.participants, ...(a.place ? [a.place] : [])] : [];
const datesOf = (a: Annotation): string[] => (a.type === 'date' ? [a.edtf] : a.type === 'event' && a.date ? [a.date] : []);

/** Every locator must hash to the text it points at, lie in a region, and name only known ids ("new:" ids name actors the dataset lacks). */
export function annotationIssues(annotations: readonly Annotation[], text: string, knownIds: ReadonlySet<string>): AnnotationIssue[] {
  const index = new CodePointIndex(text);
  const regions = annotations.filter((a) => a.type === 'region');
  const issues: AnnotationIssue[] = [];
  annotations.forEach((a, i) => {
    const path = `line ${i + 1}`;
    const { start, end, sha256 } = locatorOf(a);
    const inText = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= index.length;
    if (!inText || sha256Hex(index.slice(start, end)) !== sha256)
      issues.push({ code: 'locator_mismatch', path, message: `locator ${start}-${end} does not hash to ${sha256.slice(0, 12)}…` });
    if (a.type !== 'region' && !regions.some((r) => start >= r.start && end <= r.end))
      issues.push({ code: 'outside_region', path, message: `locator ${start}-${end} lies outside every annotated region` });
    for (const id of idsOf(a))
      if (!knownIds.has(id) && !id.startsWith('new:')) issues.push({ code: 'unknown_id', path, message: `unknown id ${id}: expected an id of the dataset` });
    if (a.type === 'relation' && !(RELATION_TYPE_NAMES as readonly string[]).includes(a.relation))
      issues.push({ code: 'unknown_type', path, message: `unknown relation type ${a.relation}` });
    if (a.type === 'event' && !(EVENT_TYPE_NAMES as readonly string[]).includes(a.event))
      issues.push({ code: 'unknown_type', path, message: `unknown event type ${a.event}` });
    for (const edtf of datesOf(a)) if (typeof analyseTemporal(edtf) === 'string') issues.push({ code: 'invalid_date', path, message: `invalid edtf ${edtf}` });
  });
  return issues;
}
