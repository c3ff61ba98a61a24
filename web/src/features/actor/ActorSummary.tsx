import type { ActorProfile } from '../../api/types.js';
import { ACTOR_KIND_LABELS, humanise } from '../../vocab/labels.js';
import { ActorViewLinks } from '../genealogy/ActorViewLinks.js';
import { AliasesRow } from '../../ui/AliasesRow.js';
import { FootnoteRefs } from './FootnoteRefs.js';
import { StatusFlag } from './StatusFlag.js';

/** The head of a profile: name, kind, description with its footnotes, and the actor's attributes. */
export function ActorSummary({ profile }: { profile: ActorProfile }) {
  const { actor } = profile;
  const aliases = actor.aliases ?? [];
  return (
    <header className="profile__head">
      <p className="eyebrow">
        <span className="tag">{ACTOR_KIND_LABELS[actor.kind].one}</span>
        {actor.communityLevel ? <span className="tag tag--quiet">{humanise(actor.communityLevel)}</span> : null}
        <StatusFlag status={profile.status} />
      </p>
      <h1 id="actor-name">{actor.name}</h1>
      <p className="lede">
        {actor.description}
        <FootnoteRefs numbers={profile.footnotes} />
      </p>
      <ActorViewLinks id={actor.id} />
      <dl className="facts">
        {profile.lifespan.summary ? (
          <div className="facts__row">
            <dt>Existed</dt>
            <dd data-testid="lifespan">
              {profile.lifespan.summary}
              <FootnoteRefs numbers={profile.lifespan.footnotes} />
            </dd>
          </div>
        ) : null}
        <AliasesRow aliases={aliases} />
        {actor.ideology?.length ? (
          <div className="facts__row">
            <dt>Orientation</dt>
            <dd>{actor.ideology.map(humanise).join(', ')}</dd>
          </div>
        ) : null}
        {actor.country ? (
          <div className="facts__row">
            <dt>Country</dt>
            <dd>{actor.country}</dd>
          </div>
        ) : null}
        {actor.acledType ? (
          <div className="facts__row">
            <dt>ACLED type</dt>
            <dd>{humanise(actor.acledType)}</dd>
          </div>
        ) : null}
        {actor.notes ? (
          <div className="facts__row">
            <dt>Notes</dt>
            <dd>{actor.notes}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>Identifier</dt>
          <dd>
            <code>{actor.id}</code>
          </dd>
        </div>
      </dl>
    </header>
  );
}
