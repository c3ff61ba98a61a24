import type { Claim } from './api.js';

export interface LoggedDecision {
  title: string;
  claim: Claim;
  /** `merged` for a merge, else the claim's new status. */
  outcome: 'accepted' | 'rejected' | 'edited' | 'merged';
}

const time = (iso: string | undefined) => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '');

/** What was decided on this page, newest first, with who and when as the server recorded them. */
export function DecisionLog({ decisions }: { decisions: readonly LoggedDecision[] }) {
  if (decisions.length === 0) return null;
  return (
    <section className="review-log" aria-labelledby="review-log-title">
      <h2 id="review-log-title">
        Decided in this session <span className="count">{decisions.length}</span>
      </h2>
      <ul className="review-log__list">
        {decisions.map((d) => (
          <li key={`${d.claim.id}:${d.outcome}`} className="review-log__item">
            <span className={`tag review-outcome review-outcome--${d.outcome}`}>{d.outcome}</span>
            <span className="review-log__title">{d.title}</span>
            <span className="meta">
              {d.claim.reviewedBy ? `by ${d.claim.reviewedBy}` : ''} {time(d.claim.reviewedAt)} · <code>{d.claim.id}</code>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
