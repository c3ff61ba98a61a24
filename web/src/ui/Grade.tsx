import type { ClaimCredibility, SourceReliability } from '../api/types.js';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../vocab/labels.js';

/** An Admiralty grade such as B2: source reliability, then (when given) the claim's credibility. */
export function Grade({ reliability, credibility }: { reliability: SourceReliability | '?'; credibility?: ClaimCredibility }) {
  const parts = [reliability === '?' ? 'source not in the dataset' : `source ${RELIABILITY_LABELS[reliability]}`];
  if (credibility !== undefined) parts.push(`information ${CREDIBILITY_LABELS[credibility]}`);
  const description = parts.join('; ');
  return (
    <abbr
      className={`grade grade--${reliability === '?' ? 'unknown' : reliability.toLowerCase()}`}
      title={description}
      aria-label={`grade ${reliability}${credibility ?? ''}: ${description}`}
    >
      {reliability}
      {credibility}
    </abbr>
  );
}
