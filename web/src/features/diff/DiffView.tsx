import type { ReactNode } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { ANALYSIS_ROLES } from '../../../../src/analysis/roles.js';
import { hrefOf, type Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { PageNotes } from '../statements/PageNotes.js';
import type { Diff, DiffTie } from './api.js';
import { BeforeAfter } from './BeforeAfter.js';
import { LeaderLines } from './LeaderLines.js';
import { LifeLines } from './LifeLines.js';
import { DEFAULT_WINDOW, monthValue } from './model.js';
import { TieLines } from './TieLines.js';
import './diff.css';

type DiffRoute = Extract<Route, { view: 'diff' }>;

/** What changed between two months: groups, leaders, territory and ties, each a sentence with its footnotes, and a before/after network. */
export function DiffView({ route }: { route: DiffRoute }) {
  const [state, setState] = useUrlState(route);
  const from = state.from ?? DEFAULT_WINDOW.from;
  const to = state.to ?? DEFAULT_WINDOW.to;
  useDocumentTitle(`What changed, ${dateInWords(from)} to ${dateInWords(to)}`);
  const diff = useApi(from <= to ? apiGet('/diff', { query: { from, to } }) : null);
  const pick = (which: 'from' | 'to') => (text: string) => {
    const value = monthValue(text);
    if (value) setState({ view: 'diff', from, to, [which]: value });
  };
  return (
    <article className="diff" aria-labelledby="diff-title">
      <header className="view-head">
        <h1 id="diff-title">What changed</h1>
        <p className="view-head__lede">
          Between two months: groups formed and ended, leaders changed, territory gained and lost, ties begun and ended, each as the sources date it, with the
          claims behind it. A change whose dates reach outside the window is marked.
        </p>
        <form className="diff__dates" onSubmit={(event) => event.preventDefault()}>
          <label>
            From <input type="month" name="from" value={from} min="1900-01" onChange={(e) => pick('from')(e.target.value)} />
          </label>
          <label>
            to <input type="month" name="to" value={to} onChange={(e) => pick('to')(e.target.value)} />
          </label>
          <span className="meta">
            The network on <a href={hrefOf({ view: 'network', date: from })}>{dateInWords(from)}</a> and on{' '}
            <a href={hrefOf({ view: 'network', date: to })}>{dateInWords(to)}</a>
          </span>
        </form>
      </header>
      {from > to ? (
        <p className="state state--error" role="alert">
          The first month comes after the second: choose a start before the end.
        </p>
      ) : (
        <Async value={diff} what="changes">
          {(data) => <DiffBody diff={data} />}
        </Async>
      )}
    </article>
  );
}

const GENEALOGY = new Set(['split_from', 'merged_into', 'successor_of', 'founded']);

function DiffBody({ diff }: { diff: Diff }) {
  const { names } = diff;
  const happened = (keep: (t: DiffTie) => boolean) => diff.happened.filter(keep);
  const lineage = happened((t) => GENEALOGY.has(t.type));
  const signed = happened((t) => !GENEALOGY.has(t.type));
  const notTerritory = (t: DiffTie) => t.type !== ANALYSIS_ROLES.territory;
  const endings = new Map([...diff.dissolved, ...diff.persons.ended].map((c) => [c.actor, c.ended]));
  return (
    <PageNotes notes={diff.notes}>
      <p className="diff__summary" data-testid="diff-summary">
        {dateInWords(diff.from)} to {dateInWords(diff.to)}: {diff.formed.length} organisations formed, {diff.dissolved.length} ended, {diff.leaders.length}{' '}
        changes of leader, {diff.territory.gained.length + diff.territory.lost.length} of territory, {diff.begun.length} ties begun and {diff.ended.length}{' '}
        ended.
      </p>
      <BeforeAfter diff={diff} />
      <Section id="groups" title="Groups formed and ended" empty={diff.formed.length + diff.dissolved.length + lineage.length === 0}>
        <LifeLines changes={diff.formed} bound="start" kind="formed" names={names} />
        <LifeLines changes={diff.dissolved} bound="end" kind="dissolved" names={names} />
        {lineage.length > 0 ? (
          <>
            <h3>Splits, mergers and foundings</h3>
            <TieLines ties={lineage} tense="began" kind="happened" names={names} />
          </>
        ) : null}
      </Section>
      <Section id="leaders" title="Leaders changed" empty={diff.leaders.length === 0}>
        <LeaderLines leaders={diff.leaders} names={names} />
      </Section>
      <Section id="territory" title="Territory gained and lost" empty={diff.territory.gained.length + diff.territory.lost.length === 0}>
        <TieLines ties={diff.territory.gained} tense="began" kind="gained" names={names} />
        <TieLines ties={diff.territory.lost} tense="ended" kind="lost" names={names} endings={endings} />
      </Section>
      <Section id="begun" title="Ties begun" empty={diff.begun.length === 0}>
        <TieLines ties={diff.begun.filter(notTerritory)} tense="began" kind="begun" names={names} />
      </Section>
      <Section id="ended" title="Ties ended" empty={diff.ended.length === 0}>
        <TieLines ties={diff.ended.filter(notTerritory)} tense="ended" kind="ended" names={names} endings={endings} />
      </Section>
      <Section id="persons" title="Persons: deaths and departures" empty={diff.persons.ended.length + diff.persons.appeared.length === 0}>
        <LifeLines changes={diff.persons.appeared} bound="start" kind="appeared" names={names} />
        <LifeLines changes={diff.persons.ended} bound="end" kind="person-ended" names={names} />
      </Section>
      <Section id="signed" title="Agreements signed" empty={signed.length === 0}>
        <TieLines ties={signed} tense="began" kind="happened" names={names} />
      </Section>
      <Section
        id="episodes"
        title="Stated for one date only"
        note="Ties the sources state for a single date, such as a clash in one month: neither a beginning nor an end."
        empty={diff.episodes.length === 0}
      >
        <TieLines ties={diff.episodes} tense="stated" kind="episode" names={names} />
      </Section>
      <Section
        id="first-attested"
        title="First recorded in these dates"
        note="Ties recorded from a date in the window, but every document that reports them may have been written by then: the date may be only when they were first reported, so they are not counted as begun."
        empty={diff.firstAttested.length === 0}
      >
        <TieLines ties={diff.firstAttested} tense="recorded" kind="first-attested" names={names} />
      </Section>
    </PageNotes>
  );
}

function Section({ id, title, note, empty, children }: { id: string; title: string; note?: string; empty: boolean; children: ReactNode }) {
  return (
    <section className="diff__section" aria-labelledby={`diff-${id}`} data-section={id}>
      <h2 id={`diff-${id}`}>{title}</h2>
      {note ? <p className="meta">{note}</p> : null}
      {empty ? <p className="meta">None in these dates.</p> : children}
    </section>
  );
}
