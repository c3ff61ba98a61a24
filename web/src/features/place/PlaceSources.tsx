import { hrefOf } from '../../routing/route.js';
import { formatDate } from '../actor/model.js';
import type { PlaceProfile } from './api.js';

/** The documents this page's statements cite, by how many of its claims each backs. */
export function PlaceSources({ profile }: { profile: PlaceProfile }) {
  return (
    <section className="profile-section" aria-labelledby="section-sources">
      <h2 id="section-sources">
        Sources <span className="count">{profile.sources.length}</span>
      </h2>
      {profile.sources.length === 0 ? <p className="meta">No statement here cites a source.</p> : null}
      <ul className="place-list">
        {profile.sources.map((s) => (
          <li key={s.id}>
            <a href={hrefOf({ view: 'source', id: s.id, from: profile.place.id })}>{s.title}</a>
            <span className="meta">
              {s.origin ? ` — ${s.origin}` : ''}
              {s.date ? `, ${formatDate(s.date)}` : ''} · reliability {s.reliability} · backs {s.claims} claim{s.claims === 1 ? '' : 's'} here
            </span>
          </li>
        ))}
      </ul>
      {profile.restrictedClaims > 0 ? (
        <p className="meta">
          {profile.restrictedClaims} claim{profile.restrictedClaims === 1 ? '' : 's'} here also cite{profile.restrictedClaims === 1 ? 's' : ''} restricted
          sources, withheld from this account.
        </p>
      ) : null}
    </section>
  );
}
