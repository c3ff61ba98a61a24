import { useEffect, useRef } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { Grade } from '../../ui/Grade.js';
import { RestrictedSource } from '../../ui/RestrictedSource.js';
import type { TimelineItem } from './model.js';
import { categoryColour, categoryLabel } from './palette.js';
import { eventTypeLabel } from './describe.js';
import type { TimelineData } from './TimelineView.js';

interface Props {
  item: TimelineItem | undefined;
  data: TimelineData;
  names: ReadonlyMap<string, string>;
  label: (item: TimelineItem) => string;
  onClose: () => void;
}

/** The selected item: what, when, where, who, and the sources behind it as footnotes. */
export function ItemDetails({ item, data, names, label, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (item) heading.current?.focus({ preventScroll: true });
  }, [item]);
  if (!item) {
    return (
      <aside className="timeline__details timeline__details--empty" aria-label="Details">
        <p className="meta">Select a mark on the axis, or an entry in the list, to read its details and sources.</p>
      </aside>
    );
  }
  const link = (id: string) => <a href={hrefOf({ view: 'actor', id })}>{names.get(id) ?? id}</a>;
  const event = item.event;
  const tie = item.tie;
  const place = event?.place ? data.places.find((p) => p.id === event.place) : undefined;
  const f = event?.fatalities;
  return (
    <aside className="timeline__details" aria-labelledby="timeline-details-title">
      <div className="timeline__details-head">
        <span className="tag">
          <span className="swatch swatch--round" style={{ background: categoryColour(item.category) }} aria-hidden="true" /> {categoryLabel(item.category)}
        </span>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id="timeline-details-title" ref={heading} tabIndex={-1}>
        {event ? eventTypeLabel(event.type, data.vocabulary) : label(item)}
      </h2>
      <dl className="facts facts--stacked">
        <div className="facts__row">
          <dt>Date</dt>
          <dd>
            <code>{item.dateText}</code>
          </dd>
        </div>
        {event ? (
          <>
            {place ? (
              <div className="facts__row">
                <dt>Place</dt>
                <dd>
                  <a href={hrefOf({ view: 'place', id: place.id })}>{place.name}</a>
                  {event.placePrecision && event.placePrecision > 1 ? (
                    <span className="meta"> ({event.placePrecision === 2 ? 'near' : 'in the region'})</span>
                  ) : null}
                </dd>
              </div>
            ) : null}
            <div className="facts__row">
              <dt>What happened</dt>
              <dd>{event.description}</dd>
            </div>
            {event.participants.length > 0 ? (
              <div className="facts__row">
                <dt>Actors</dt>
                <dd>
                  <ul className="plain-list">
                    {event.participants.map((p) => (
                      <li key={`${p.actor}:${p.role}`}>
                        {link(p.actor)} <span className="meta">{[p.role, p.attribution].filter(Boolean).join(', ')}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {f && (f.low !== undefined || f.best !== undefined || f.high !== undefined) ? (
              <div className="facts__row">
                <dt>Fatalities</dt>
                <dd>
                  {[
                    f.low !== undefined ? `at least ${f.low}` : '',
                    f.best !== undefined ? `about ${f.best}` : '',
                    f.high !== undefined ? `at most ${f.high}` : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </dd>
              </div>
            ) : null}
          </>
        ) : null}
        {tie ? (
          <>
            <div className="facts__row">
              <dt>Tie</dt>
              <dd>
                {link(tie.from)} {tie.type.replace(/_/g, ' ')} {link(tie.to)}
                {tie.role ? <span className="meta"> ({tie.role})</span> : null}
                {tie.disputed ? (
                  <>
                    {' '}
                    <span className="flag flag--disputed">Disputed</span>
                  </>
                ) : null}
              </dd>
            </div>
            <div className="facts__row">
              <dt>Change</dt>
              <dd>{item.change === 'began' ? 'The tie begins' : item.change === 'ended' ? 'The tie ends' : 'A single event of lineage'}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <p className="timeline__details-links">
        {event ? <a href={hrefOf({ view: 'map', event: event.id })}>Show on the map</a> : null}
        {tie ? <a href={hrefOf({ view: 'network', date: new Date(item.start).toISOString().slice(0, 7) })}>Network at this date</a> : null}
      </p>
      <h3>Sources</h3>
      <Sources subject={item.subject} data={data} />
    </aside>
  );
}

function Sources({ subject, data }: { subject: string; data: TimelineData }) {
  const claims = useApi(apiGet('/claims', { query: { subject, status: 'accepted' } }));
  if (claims.state === 'loading') return <p className="meta">Loading sources…</p>;
  if (claims.state === 'failed') return <p className="meta">The sources could not be loaded ({claims.error.code}).</p>;
  const passages = claims.data.flatMap((claim) => claim.evidence.map((evidence) => ({ claim, evidence })));
  if (passages.length === 0) return <p className="meta">No accepted claim cites a passage for this.</p>;
  return (
    <ol className="footnotes__list timeline__sources">
      {passages.map(({ claim, evidence }, i) => {
        const source = data.sources.find((s) => s.id === evidence.source);
        return (
          <li key={`${claim.id}:${i}`} className="footnote">
            <span className="footnote__n">{i + 1}</span>
            <div className="footnote__body">
              {claim.stance === 'disputes' ? <p className="footnote__stance">Contests this.</p> : null}
              {evidence.source === 'restricted' ? (
                <RestrictedSource />
              ) : (
                <a className="passage__source" href={hrefOf({ view: 'source', id: evidence.source, passage: { start: evidence.start, end: evidence.end } })}>
                  {source?.title ?? `Source ${evidence.source.slice(0, 10)}`}
                </a>
              )}{' '}
              {evidence.source === 'restricted' ? null : <Grade reliability={source?.reliability ?? '?'} credibility={claim.credibility} />}
              {claim.note ? <p className="footnote__note">{claim.note}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
