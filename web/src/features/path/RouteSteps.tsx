import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { RELATION_TYPES, type RelationType } from '../../../../src/core/vocab/relation-types.js';
import { hrefOf } from '../../routing/route.js';
import { NoteRefs } from '../statements/NoteRefs.js';
import type { PathRoute } from './api.js';

/** A route as its steps: each hop's actors and every tie between them, with its interval, certainty and claims. */
export function RouteSteps({ route, names }: { route: PathRoute; names: ReadonlyMap<string, string> }) {
  const name = (id: string) => names.get(id) ?? id;
  return (
    <ol className="path__steps" data-route={route.actors.map((a) => a.id).join('>')} data-certainty={route.certainty}>
      {route.hops.map((hop) => (
        <li key={`${hop.from}>${hop.to}`} className="path__step">
          <a href={hrefOf({ view: 'actor', id: hop.from })}>{name(hop.from)}</a> and <a href={hrefOf({ view: 'actor', id: hop.to })}>{name(hop.to)}</a>
          <ul className="path__ties">
            {hop.ties.map((tie) => {
              const spec = RELATION_TYPES[tie.type as RelationType];
              return (
                <li key={tie.id} data-tie={tie.id}>
                  {name(tie.from)} {spec?.reads ?? tie.type} {name(tie.to)}, {dateInWords(tie.valid)} ·{' '}
                  <span className={`certainty certainty--${tie.certainty}`}>{tie.certainty}</span>
                  <NoteRefs numbers={tie.footnotes} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
