import { apiGet } from '../../api/contract.js';
import type { Source } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { Grade } from '../../ui/Grade.js';
import { RestrictedSource } from '../../ui/RestrictedSource.js';

/** The event's accepted claims as numbered footnotes, each opening its passage in the source reader. */
export function EventSources({ eventId, sources }: { eventId: string; sources: ReadonlyMap<string, Source> }) {
  const claims = useApi(apiGet('/claims', { query: { subject: eventId, status: 'accepted' } }));
  if (claims.state === 'loading') return <p className="meta">Loading sources…</p>;
  if (claims.state === 'failed') return <p className="meta">The sources could not be loaded ({claims.error.code}).</p>;
  const passages = claims.data.flatMap((claim) => claim.evidence.map((evidence) => ({ claim, evidence })));
  if (passages.length === 0) return <p className="meta">No accepted claim cites a passage for this event.</p>;
  return (
    <ol className="event-sources">
      {passages.map(({ claim, evidence }, i) => {
        // Evidence from a restricted source arrives as `source: 'restricted'` with no offsets (docs/security.md).
        const restricted = evidence.source === 'restricted';
        const source = sources.get(evidence.source);
        const href = hrefOf({ view: 'source', id: evidence.source, passage: { start: evidence.start, end: evidence.end } });
        return (
          <li key={`${claim.id}:${i}`} className="event-sources__item">
            <span className="footnote__n">{i + 1}</span>
            <span>
              {restricted ? (
                <RestrictedSource />
              ) : (
                <a className="passage__source" href={href}>
                  {source?.title ?? `source ${evidence.source.slice(0, 12)}`}
                </a>
              )}{' '}
              {restricted ? null : <Grade reliability={source?.reliability ?? '?'} credibility={claim.credibility} />}
              {claim.stance === 'disputes' ? <span className="footnote__stance"> contests this event</span> : null}
              {claim.note ? <span className="event-sources__note">{claim.note}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
