import { endWords, startWords } from '../../../../src/analysis/genealogy/words.js';
import { hrefOf } from '../../routing/route.js';
import type { GenealogyModel } from './api.js';

/** The diagram in words, from the same model: each lane's dates, each split, merger and rename, memberships and leaders. */
export function LineageList({ model }: { model: GenealogyModel }) {
  const lane = (id: string) => model.lanes.find((l) => l.id === id);
  const link = (id: string) => <a href={hrefOf({ view: 'actor', id })}>{lane(id)?.label ?? id}</a>;
  return (
    <div className="genealogy__lists">
      <section className="profile-section">
        <h2>Lineage</h2>
        {model.connectors.length === 0 ? (
          <p className="meta">No splits, mergers or renames recorded.</p>
        ) : (
          <ul className="statements">
            {model.connectors.map((c) => (
              <li key={c.relation} className="statement" data-connector={c.relation}>
                <span className="statement__when">{c.valid}</span>
                <p className="statement__text">{c.text}</p>
              </li>
            ))}
          </ul>
        )}
        <h2>Lanes</h2>
        <ul className="statements">
          {model.lanes.map((l) => (
            <li key={l.id} className="statement" data-lane-row={l.id}>
              <span className="statement__when">{`${startWords(l)} – ${endWords(l)}`}</span>
              <p className="statement__text">{link(l.id)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="profile-section">
        <h2>Coalitions</h2>
        {model.memberships.length === 0 ? (
          <p className="meta">No coalition membership recorded.</p>
        ) : (
          <ul className="statements">
            {model.memberships.map((m) => (
              <li key={m.relation} className="statement">
                <span className="statement__when">{m.valid}</span>
                <p className="statement__text">
                  {link(m.member)} in {link(m.coalition)}
                  {m.role ? <span className="meta"> ({m.role})</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
        <h2>Leaders and founders</h2>
        {model.persons.length === 0 ? (
          <p className="meta">No leaders or founders recorded.</p>
        ) : (
          <ul className="statements">
            {model.persons.map((p) => (
              <li key={p.relation} className="statement">
                <span className="statement__when">{p.valid}</span>
                <p className="statement__text">
                  <a href={hrefOf({ view: 'actor', id: p.person })}>{p.name}</a>, {p.role} of {link(p.lane)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
