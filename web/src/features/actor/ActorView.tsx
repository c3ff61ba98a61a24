import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { ActorSummary } from './ActorSummary.js';
import { EventList } from './EventList.js';
import { FootnoteList } from './FootnoteList.js';
import { ProfileSection } from './ProfileSection.js';
import { ProfileContents } from './ProfileContents.js';
import { ProfileContext } from './profile-context.js';
import { useNames } from './use-names.js';
import { useScrollToNote } from './scroll-to-note.js';

/** An actor's profile: who it is, its ties by section, its events, and the footnotes behind them. */
export function ActorView({ id, note }: { id: string; note: number | undefined }) {
  const profile = useApi(apiGet('/actors/:id/profile', { param: { id } }));
  const ready = profile.state === 'ready' ? profile.data : undefined;
  // Disputed values and footnote readings name actors and places by id.
  const names = useNames(ready !== undefined);
  useDocumentTitle(ready?.actor.name ?? (profile.state === 'failed' ? 'Actor not found' : undefined));
  useScrollToNote(ready !== undefined, note);
  return (
    <Async value={profile} what="actor">
      {(data) => (
        <ProfileContext.Provider value={{ actorId: data.actor.id, actorName: data.actor.name, names }}>
          <article className="profile" aria-labelledby="actor-name">
            <ActorSummary profile={data} />
            <ProfileContents profile={data} />
            <div className="profile__body">
              {data.sections.length === 0 ? <p className="meta">No relations are recorded for this actor.</p> : null}
              {data.sections.map((section) => (
                <ProfileSection key={section.title} title={section.title} statements={section.statements} />
              ))}
              <EventList events={data.events} />
            </div>
            <FootnoteList notes={data.notes} current={note} />
          </article>
        </ProfileContext.Provider>
      )}
    </Async>
  );
}
