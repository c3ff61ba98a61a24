import { hrefOf } from '../../routing/route.js';

/** A name in a sentence: an actor links to its profile, an event to the timeline; a place is named only. */
export function Named({ id, names }: { id: string; names: Readonly<Record<string, string>> }) {
  const name = names[id] ?? id;
  if (id.startsWith('actor:')) return <a href={hrefOf({ view: 'actor', id })}>{name}</a>;
  if (id.startsWith('event:')) return <a href={hrefOf({ view: 'timeline', item: id })}>{name}</a>;
  return <span className="diff__place">{name}</span>;
}
