import { hrefOf } from '../../routing/route.js';

/** Links from a profile to the same actor in the genealogy, network, timeline and disputes views. */
export function ActorViewLinks({ id }: { id: string }) {
  return (
    <nav className="view-links" aria-label="This actor in other views">
      <a className="button button--small" href={hrefOf({ view: 'genealogy', id })}>
        Genealogy
      </a>
      <a className="button button--small" href={hrefOf({ view: 'network', focus: id, steps: 1 })}>
        Network around it
      </a>
      <a className="button button--small" href={hrefOf({ view: 'timeline', actors: [id] })}>
        Timeline
      </a>
      <a className="button button--small" href={hrefOf({ view: 'disputes', actor: id })}>
        Disputes about this actor
      </a>
      <a className="button button--small" href={hrefOf({ view: 'trends', actor: id })}>
        Events over time
      </a>
      <a className="button button--small" href={hrefOf({ view: 'path', from: id })}>
        How is it connected to…
      </a>
    </nav>
  );
}
