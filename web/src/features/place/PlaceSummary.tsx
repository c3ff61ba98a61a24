import { hrefOf } from '../../routing/route.js';
import { humanise } from '../../vocab/labels.js';
import { AliasesRow } from '../../ui/AliasesRow.js';
import { FootnoteRefs } from '../actor/FootnoteRefs.js';
import { StatusFlag } from '../actor/StatusFlag.js';
import type { PlaceProfile } from './api.js';
import { formatCoordinates, PRECISION_WORDS } from './model.js';

/** The head of a place's page: its kind, where it lies, the places inside it, its point and how exact it is. */
export function PlaceSummary({ profile }: { profile: PlaceProfile }) {
  const { place } = profile;
  const aliases = place.aliases ?? [];
  return (
    <header className="profile__head">
      <p className="eyebrow">
        <span className="tag">{humanise(place.kind)}</span>
        {profile.footnotes.length > 0 ? <StatusFlag status={profile.status} /> : null}
      </p>
      <h1 id="place-name">{place.name}</h1>
      {place.description ? (
        <p className="lede">
          {place.description}
          <FootnoteRefs numbers={profile.footnotes} />
        </p>
      ) : null}
      <nav className="view-links" aria-label="This place in other views">
        <a className="button button--small" href={hrefOf({ view: 'map' })}>
          Map
        </a>
        <a className="button button--small" href={hrefOf({ view: 'disputes', kind: 'place' })}>
          Disputes about places
        </a>
      </nav>
      <dl className="facts">
        <div className="facts__row">
          <dt>Lies in</dt>
          <dd data-testid="place-parents">
            {profile.parents.length === 0 ? (
              <span className="meta">no wider place recorded ({place.country})</span>
            ) : (
              profile.parents
                .slice()
                .reverse()
                .map((p, i) => (
                  <span key={p.id}>
                    {i > 0 ? ', ' : null}
                    <a href={hrefOf({ view: 'place', id: p.id })}>{p.name}</a> <span className="meta">({p.kind})</span>
                  </span>
                ))
            )}
          </dd>
        </div>
        {profile.children.length > 0 ? (
          <div className="facts__row">
            <dt>Places inside</dt>
            <dd>
              <ul className="place-children">
                {profile.children.map((c) => (
                  <li key={c.id}>
                    <a href={hrefOf({ view: 'place', id: c.id })}>{c.name}</a>{' '}
                    <span className="meta">
                      {c.kind}
                      {c.events > 0 ? `, ${c.events} event${c.events === 1 ? '' : 's'}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
              {profile.inside > profile.children.length ? <p className="meta">{profile.inside} places inside it in all, at any depth.</p> : null}
            </dd>
          </div>
        ) : null}
        <AliasesRow aliases={aliases} />
        <div className="facts__row">
          <dt>Coordinates</dt>
          <dd data-testid="place-coordinates">
            {place.coordinates ? (
              <>
                {formatCoordinates(place.coordinates)}
                {place.precision ? <span className="meta"> — {PRECISION_WORDS[place.precision]}</span> : null}
                {place.coordinatesSource ? <p className="meta place-source-note">Point from {place.coordinatesSource}</p> : null}
              </>
            ) : (
              <span className="meta">none recorded; events here are drawn at the nearest wider place with a point</span>
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Identifier</dt>
          <dd>
            <code>{place.id}</code>
            {place.gazetteer ? <span className="meta"> · gazetteer {place.gazetteer}</span> : null}
          </dd>
        </div>
      </dl>
    </header>
  );
}
