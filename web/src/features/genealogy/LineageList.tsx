import { hrefOf } from '../../routing/route.js';
import type { Genealogy, LineageStep, MembershipSpan } from './api.js';

const VERB: Record<string, string> = { split_from: 'split from', merged_into: 'merged into', successor_of: 'succeeded' };

/** The diagram in words: each lineage step and membership with its date, every actor a link. */
export function LineageList({ genealogy }: { genealogy: Genealogy }) {
  const name = (id: string) => genealogy.names[id] ?? id;
  const link = (id: string) => <a href={hrefOf({ view: 'actor', id })}>{name(id)}</a>;
  const step = (s: LineageStep) =>
    s.type === 'merged_into' ? (
      <>
        {link(s.elder)} merged into {link(s.younger)}
      </>
    ) : (
      <>
        {link(s.younger)} {VERB[s.type] ?? s.type.replace(/_/g, ' ')} {link(s.elder)}
      </>
    );
  const span = (m: MembershipSpan) => m.valid;
  const steps = [...genealogy.ancestors, ...genealogy.descendants];
  return (
    <div className="genealogy__lists">
      <section className="profile-section">
        <h2>Lineage</h2>
        {steps.length === 0 ? (
          <p className="meta">No splits, mergers or renames recorded.</p>
        ) : (
          <ul className="statements">
            {steps.map((s) => (
              <li key={s.relation} className="statement">
                <span className="statement__when">{s.valid}</span>
                <p className="statement__text">{step(s)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="profile-section">
        <h2>Coalitions</h2>
        {genealogy.components.length + genealogy.memberOf.length === 0 ? (
          <p className="meta">No coalition membership recorded.</p>
        ) : (
          <ul className="statements">
            {genealogy.memberOf.map((m) => (
              <li key={m.relation} className="statement">
                <span className="statement__when">{span(m)}</span>
                <p className="statement__text">
                  Member of {link(m.actor)}
                  {m.role ? <span className="meta"> ({m.role})</span> : null}
                </p>
              </li>
            ))}
            {genealogy.components.map((m) => (
              <li key={m.relation} className="statement">
                <span className="statement__when">{span(m)}</span>
                <p className="statement__text">
                  {link(m.actor)} is a component
                  {m.role ? <span className="meta"> ({m.role})</span> : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
