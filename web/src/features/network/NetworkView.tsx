import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Actor, ActorKind } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';
import { hrefOf, type Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { navigate } from '../../routing/use-route.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ACTOR_KIND_ORDER } from '../../vocab/labels.js';
import type { TiesResult } from './api.js';
import { visibleBlocs } from './blocs.js';
import { buildNetworkGraph, visibleGraph, type NetworkGraph, type NodeAttributes } from './graph.js';
import { asMonth, busiestMonth, monthLabel, monthRange, monthsBetween, networkTies } from './model.js';
import { NetworkCanvas } from './NetworkCanvas.js';
import { NetworkControls, type ControlsValue } from './NetworkControls.js';
import { BlocKey } from './NetworkLegend.js';
import { VisibleActors } from './VisibleActors.js';
import { ActorTies } from './ActorTies.js';
import { TimeSlider } from './TimeSlider.js';
import { BLOC_COLOURS, KIND_COLOURS, OTHER_BLOC } from './palette.js';
import { joinLoads } from './join-loads.js';
import { FocusControls } from './FocusControls.js';
import { frameOf } from './frame.js';
import { SaveViewButton } from '../views/SaveViewButton.js';

type NetworkRoute = Extract<Route, { view: 'network' }>;

/** The network through time: the snapshot graph at a month, scrubbed with a slider over one fixed layout. */
export function NetworkView({ route }: { route: NetworkRoute }) {
  useDocumentTitle('Network');
  const data = joinLoads(useApi(apiGet('/ties', {})), useApi(apiGet('/actors', {})));
  return (
    <section className="network" aria-labelledby="network-title">
      <header className="view-head">
        <h1 id="network-title">Network through time</h1>
        <p className="view-head__lede">
          Who was tied to whom, month by month: solid lines are stated for the month, dashed ones only possible by the precision of the dates, dotted ones
          presumed to last after the latest document that attests them. Hover an actor for its ties; click to open its profile.
        </p>
      </header>
      <Async value={data} what="network">
        {([ties, actors]) => <NetworkExplorer route={route} ties={ties} actors={actors} />}
      </Async>
    </section>
  );
}

interface Prepared {
  graph: NetworkGraph;
  /** Where ForceAtlas2 put each actor, before any was dragged. */
  layout: Map<string, { x: number; y: number }>;
  months: string[];
  defaultMonth: string;
  kinds: [string, number][];
  types: [string, number][];
}

function prepare(result: TiesResult, actorList: readonly Actor[]): Prepared {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const ties = networkTies(result.ties, actors);
  const graph = buildNetworkGraph(ties, actors);
  const range = monthRange(ties);
  const months = monthsBetween(range.first, range.last);
  const kindCounts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1));
  const typeCounts = new Map<string, number>();
  for (const tie of ties) typeCounts.set(tie.type, (typeCounts.get(tie.type) ?? 0) + 1);
  const kinds = ACTOR_KIND_ORDER.filter((k) => kindCounts.has(k)).map((k): [string, number] => [k, kindCounts.get(k) ?? 0]);
  const types = [...typeCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const layout = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, { x, y }) => layout.set(id, { x, y }));
  return { graph, layout, months, defaultMonth: busiestMonth(ties, months), kinds, types };
}

function NetworkExplorer({ route, ties, actors }: { route: NetworkRoute; ties: TiesResult; actors: Actor[] }) {
  const prepared = useMemo(() => prepare(ties, actors), [ties, actors]);
  const [state, setState] = useUrlState(route);
  const { graph, months, kinds, types } = prepared;
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : undefined;
  const steps = state.steps ?? 1;
  const requested = state.date ? asMonth(state.date) : prepared.defaultMonth;
  const month = months.includes(requested) ? requested : requested < (months[0] ?? '') ? (months[0] ?? requested) : (months[months.length - 1] ?? requested);
  const controls: ControlsValue = useMemo(
    () => ({
      colour: state.color ?? 'kind',
      showPossible: state.possible !== false,
      showPresumed: state.presumed !== false,
      kinds: new Set(state.kinds ?? kinds.map(([k]) => k)),
      types: new Set(state.types ?? types.map(([t]) => t)),
    }),
    [state.color, state.possible, state.presumed, state.kinds, state.types, kinds, types],
  );
  const visible = useMemo(
    () =>
      visibleGraph(graph, {
        month,
        kinds: controls.kinds,
        types: controls.types,
        showPossible: controls.showPossible,
        showPresumed: controls.showPresumed,
        ...(focus ? { focus: { actor: focus, steps } } : {}),
      }),
    [graph, month, controls, focus, steps],
  );
  // Actors dragged by hand stand where they were left; the others where the layout put them.
  const pins = state.pins;
  useEffect(() => {
    const placed = new Map((pins ?? []).map((pin) => [pin.id, pin]));
    for (const [id, home] of prepared.layout) {
      const { x, y } = placed.get(id) ?? home;
      const now = graph.getNodeAttributes(id);
      if (now.x !== x || now.y !== y) graph.mergeNodeAttributes(id, { x, y });
    }
  }, [graph, prepared.layout, pins]);
  const whole = useMemo(() => frameOf([...prepared.layout.values()]), [prepared.layout]);
  const frameIds = focus ? [...visible.degree.keys(), focus].sort().join(',') : '';
  // The frame is drawn from where the layout put the focused actors, not where they were dragged: a
  // drag does not reframe the canvas under the pointer, and the link redraws the same frame.
  const frame = useMemo(
    () =>
      frameIds
        ? frameOf(
            frameIds.split(',').flatMap((id) => prepared.layout.get(id) ?? []),
            0.08,
          )
        : whole,
    [frameIds, prepared.layout, whole],
  );
  // Blocs and the accessible list follow the slider a beat behind, so scrubbing stays smooth.
  const settled = useDeferredValue(visible);
  const blocs = useMemo(() => (controls.colour === 'bloc' ? visibleBlocs(graph, settled) : undefined), [controls.colour, graph, settled]);
  const colourOf = useCallback(
    (id: string, attributes: NodeAttributes) => {
      if (!blocs) return KIND_COLOURS[attributes.kind as ActorKind] ?? OTHER_BLOC;
      const bloc = blocs.blocOf.get(id);
      const size = bloc === undefined ? 0 : (blocs.blocs[bloc]?.members.length ?? 0);
      return bloc !== undefined && size > 1 ? (BLOC_COLOURS[bloc] ?? OTHER_BLOC) : OTHER_BLOC;
    },
    [blocs],
  );
  const canvasState = useMemo(() => ({ visible, colourOf, frame, ...(focus ? { focus } : {}) }), [visible, colourOf, frame, focus]);
  const onControls = (next: ControlsValue) => {
    const allKinds = kinds.every(([k]) => next.kinds.has(k));
    const allTypes = types.every(([t]) => next.types.has(t));
    setState({
      view: 'network',
      ...(state.date ? { date: state.date } : {}),
      ...(allKinds ? {} : { kinds: kinds.map(([k]) => k).filter((k) => next.kinds.has(k)) }),
      ...(allTypes ? {} : { types: types.map(([t]) => t).filter((t) => next.types.has(t)) }),
      ...(next.colour === 'bloc' ? { color: 'bloc' as const } : {}),
      ...(next.showPossible ? {} : { possible: false }),
      ...(next.showPresumed ? {} : { presumed: false }),
      ...(state.focus ? { focus: state.focus, steps: state.steps ?? 1 } : {}),
      ...(state.pins ? { pins: state.pins } : {}),
    });
  };
  const setFocus = (next: { actor: string; steps: 1 | 2 } | undefined) => {
    const rest = { ...state };
    delete rest.focus;
    delete rest.steps;
    setState(next ? { ...rest, focus: next.actor, steps: next.steps } : rest);
  };
  const move = (id: string, x: number, y: number) => setState({ ...state, pins: [...(state.pins ?? []).filter((pin) => pin.id !== id), { id, x, y }] });
  const resetLayout = () => {
    const rest = { ...state };
    delete rest.pins;
    setState(rest);
  };
  const open = useCallback((id: string) => navigate({ view: 'actor', id }), []);
  const [hovered, setHovered] = useState<string | null>(null);
  const actorCount = visible.degree.size;
  const possibleTies = visible.ties - visible.definiteTies - visible.presumedTies;
  const around = focus ? ` around ${graph.getNodeAttribute(focus, 'name')}, ${steps === 1 ? 'one step' : 'two steps'}` : '';
  const summary = `${monthLabel(month)}${around}: ${actorCount} actors, ${visible.ties} ties (${visible.definiteTies} definite, ${possibleTies} possible, ${visible.presumedTies} presumed)`;
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  return (
    <div className="network__layout">
      <NetworkControls
        value={controls}
        blocKey={blocs ? <BlocKey blocs={blocs.blocs} labelOf={labelOf} /> : null}
        kinds={kinds}
        types={types}
        onChange={onControls}
        focus={<FocusControls graph={graph} focus={focus} steps={steps} onFocus={setFocus} pinned={state.pins?.length ?? 0} onResetLayout={resetLayout} />}
      />
      <div className="network__stage">
        <p className="network__status" role="status" aria-live="polite">
          <strong>{monthLabel(month)}</strong>
          {focus ? (
            <span data-testid="focus-status">
              around <a href={hrefOf({ view: 'actor', id: focus })}>{graph.getNodeAttribute(focus, 'name')}</a>, {steps === 1 ? 'one step' : 'two steps'}
            </span>
          ) : null}
          <span>
            <span data-testid="actor-count">{actorCount}</span> actors
          </span>
          <span>
            <span data-testid="tie-count">{visible.ties}</span> ties
          </span>
          <span className="meta">
            <span data-testid="definite-count">{visible.definiteTies}</span> definite · {possibleTies} possible ·{' '}
            <span data-testid="presumed-count">{visible.presumedTies}</span> presumed
          </span>
          <a className="network__share" href={hrefOf({ ...state, date: month })}>
            Link to this view
          </a>
          <a className="network__share" href={hrefOf({ view: 'diff', from: yearBefore(month, months[0] ?? month), to: month })}>
            What changed in the year to {monthLabel(month)}
          </a>
          <SaveViewButton suggested={`Network, ${monthLabel(month)}${focus ? `, around ${graph.getNodeAttribute(focus, 'name')}` : ''}`} />
        </p>
        <div className="network__frame">
          <NetworkCanvas graph={graph} state={canvasState} onOpen={open} onHover={setHovered} onMove={move} label={`Network graph, ${summary}`} />
          {hovered && visible.degree.has(hovered) ? <ActorTies graph={graph} visible={visible} month={month} actor={hovered} /> : null}
          {focus && !visible.degree.has(focus) ? (
            <div className="network__empty">
              <EmptyState>
                {graph.getNodeAttribute(focus, 'name')} has no tie in force in {monthLabel(month)} with these filters. Move the slider, widen the filters or
                clear the focus.
              </EmptyState>
            </div>
          ) : actorCount === 0 ? (
            <div className="network__empty">
              <EmptyState>No ties in force in {monthLabel(month)} with these filters. Move the slider or widen the filters.</EmptyState>
            </div>
          ) : null}
        </div>
        <TimeSlider months={months} value={month} onChange={(date, continuous) => setState({ ...state, date }, { coalesce: continuous })} />
      </div>
      <VisibleActors graph={graph} visible={settled} month={month} />
    </div>
  );
}

/** The same month a year earlier, or the first month drawn when that is later: where "what changed in the year to" starts. */
function yearBefore(month: string, first: string): string {
  const earlier = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  return earlier < first ? first : earlier;
}
