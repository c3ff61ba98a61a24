import type { MouseEvent } from 'react';
import type { ActorProfile } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { sectionId } from './model.js';

/** A jump list of the profile's sections; long profiles run to dozens of ties and footnotes. */
export function ProfileContents({ profile }: { profile: ActorProfile }) {
  const href = hrefOf({ view: 'actor', id: profile.actor.id });
  const entries = [
    ...profile.sections.map((s) => ({ id: sectionId(s.title), label: s.title, count: s.statements.length })),
    { id: 'section-events', label: 'Events', count: profile.events.length },
    { id: 'footnotes-title', label: 'Footnotes', count: profile.notes.length },
  ];
  // The hash holds the route, so jump by script rather than by fragment.
  const jump = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="contents" aria-label="Profile contents">
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={href} onClick={jump(entry.id)}>
              {entry.label}
            </a>{' '}
            <span className="count">{entry.count}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
