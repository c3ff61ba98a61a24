import type { ReviewItem } from './api.js';
import { describe, labelOf } from './model.js';

/**
 * What accepting would assert. A new record shows every proposed value; a proposal about a recorded
 * record shows the record and marks the values the claim adds or changes.
 */
export function ProposalValues({ item, names }: { item: ReviewItem; names: ReadonlyMap<string, string> }) {
  const proposed = item.claim.value ?? {};
  const recorded = (item.recorded ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(proposed)])].filter((k) => k !== 'id').sort();
  if (keys.length === 0) return <p className="meta">This claim asserts no values of its own.</p>;
  // A new place shows what the text left out, so nothing reads as if it had been found.
  const missing = item.kind === 'place' && item.creates ? (['country', 'coordinates'] as const).filter((k) => !(k in proposed)) : [];
  return (
    <dl className="facts review-values">
      {missing.map((key) => (
        <div key={key} className="facts__row">
          <dt>{labelOf(key)}</dt>
          <dd className="meta">{key === 'country' ? 'not given in the text: required before accepting' : 'not given in the text (optional)'}</dd>
        </div>
      ))}
      {keys.map((key) => {
        const has = key in proposed;
        const changed = has && key in recorded && JSON.stringify(recorded[key]) !== JSON.stringify(proposed[key]);
        return (
          <div key={key} className={`facts__row${has && !item.creates ? ' review-values__row--new' : ''}`}>
            <dt>{labelOf(key)}</dt>
            <dd>
              {describe(key, has ? proposed[key] : recorded[key], names)}
              {changed ? <span className="meta"> (recorded: {describe(key, recorded[key], names)})</span> : null}
              {has && !item.creates && !changed ? <span className="tag tag--quiet review-values__flag">adds</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
