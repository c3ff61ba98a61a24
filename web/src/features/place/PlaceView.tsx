import { lazy, Suspense } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { Loading } from '../../ui/Loading.js';
import { FootnoteList } from '../actor/FootnoteList.js';
import { ProfileContext } from '../actor/profile-context.js';
import { ProfileSection } from '../actor/ProfileSection.js';
import { useNames } from '../actor/use-names.js';
import { useScrollToNote } from '../actor/scroll-to-note.js';
import { PlaceEventList } from './PlaceEventList.js';
import { PlaceParticipants } from './PlaceParticipants.js';
import { PlaceSources } from './PlaceSources.js';
import { PlaceSummary } from './PlaceSummary.js';
import { tollSummary, yearNote } from './model.js';
import './place.css';

// Observable Plot is loaded with the first chart, not with the app.
const PlaceEventsChart = lazy(() => import('./PlaceEventsChart.js').then((module) => ({ default: module.PlaceEventsChart })));

/** A place's page: what and where it is, its events over time, who held it or operated there and when, and the sources. */
export function PlaceView({ id, note }: { id: string; note: number | undefined }) {
  const profile = useApi(apiGet('/places/:id/profile', { param: { id } }));
  const ready = profile.state === 'ready' ? profile.data : undefined;
  const names = useNames(ready !== undefined);
  useDocumentTitle(ready?.place.name ?? (profile.state === 'failed' ? 'Place not found' : undefined));
  useScrollToNote(ready !== undefined, note);
  return (
    <Async value={profile} what="place">
      {(data) => (
        <ProfileContext.Provider
          value={{ actorId: data.place.id, actorName: data.place.name, names, noteHref: (n) => hrefOf({ view: 'place', id: data.place.id, note: n }) }}
        >
          <article className="profile place" aria-labelledby="place-name">
            <PlaceSummary profile={data} />
            <div className="profile__body">
              <section className="profile-section" aria-labelledby="section-over-time">
                <h2 id="section-over-time">Events over time</h2>
                <p className="meta" data-testid="place-toll">
                  {data.events.total} event{data.events.total === 1 ? '' : 's'} here and in the places inside it · {tollSummary(data.events)}
                </p>
                <Suspense fallback={<Loading label="chart" />}>
                  <PlaceEventsChart years={data.events.byYear} name={data.place.name} />
                </Suspense>
                <p className="meta">{yearNote(data.events.byYear)}</p>
              </section>
              {data.presence.length === 0 ? <p className="meta">No actor is recorded as holding or operating in this place.</p> : null}
              {data.presence.map((section) => (
                <ProfileSection key={section.title} title={section.title} statements={section.statements} />
              ))}
              <PlaceParticipants participants={data.participants} />
              <PlaceEventList events={data.events.list} total={data.events.total} placeId={data.place.id} />
              <PlaceSources profile={data} />
            </div>
            <FootnoteList notes={data.notes} current={note} />
          </article>
        </ProfileContext.Provider>
      )}
    </Async>
  );
}
