import { useMemo, useRef, useState } from 'react';
import { apiPath } from '../../api/client.js';
import type { Actor } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { TiesResult } from '../network/api.js';
import { joinLoads } from '../network/join-loads.js';
import type { Genealogy } from './api.js';
import { download, fileSlug, pngOf, svgDocument } from './export.js';
import { GenealogyChart } from './GenealogyChart.js';
import { LineageList } from './LineageList.js';
import { layoutGenealogy } from './model.js';

/** An actor's genealogy as lanes on a time axis, in the manner of militant-group family maps, with SVG and PNG export. */
export function GenealogyView({ id }: { id: string }) {
  const genealogy = useApi<Genealogy>(apiPath(['actors', id, 'genealogy']));
  const rest = joinLoads(useApi<TiesResult>('api/ties'), useApi<Actor[]>('api/actors'));
  const all = joinLoads(genealogy, rest);
  useDocumentTitle(genealogy.state === 'ready' ? `Genealogy of ${genealogy.data.actor.name}` : genealogy.state === 'failed' ? 'Actor not found' : 'Genealogy');
  return (
    <Async value={all} what="genealogy">
      {([data, [ties, actors]]) => <GenealogyPage genealogy={data} ties={ties} actors={actors} />}
    </Async>
  );
}

function GenealogyPage({ genealogy, ties, actors }: { genealogy: Genealogy; ties: TiesResult; actors: Actor[] }) {
  const layout = useMemo(() => layoutGenealogy(genealogy, ties.ties, new Map(actors.map((a) => [a.id, a]))), [genealogy, ties, actors]);
  const svg = useRef<SVGSVGElement>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const name = genealogy.actor.name;
  const file = `genealogy-${fileSlug(name)}`;
  const saveSvg = () => {
    if (svg.current) download(new Blob([svgDocument(svg.current)], { type: 'image/svg+xml' }), `${file}.svg`);
  };
  const savePng = async () => {
    if (!svg.current) return;
    setBusy(true);
    setProblem(undefined);
    try {
      download(await pngOf(svg.current), `${file}.png`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'the image could not be made');
    } finally {
      setBusy(false);
    }
  };
  const empty = layout.connectors.length === 0 && layout.bands.length === 0;
  return (
    <article className="genealogy" aria-labelledby="genealogy-title">
      <header className="view-head view-head--split">
        <div>
          <p className="eyebrow">
            <span className="tag">Genealogy</span>
            <a href={hrefOf({ view: 'actor', id: genealogy.actor.id })}>Back to the profile</a>
          </p>
          <h1 id="genealogy-title">{name}</h1>
          <p className="view-head__lede">
            Splits, mergers and renames as connectors between lanes; coalition membership as shaded bands. Select a lane to open that actor&rsquo;s profile.
          </p>
        </div>
        <div className="export-buttons" role="group" aria-label="Export the diagram">
          <button type="button" className="button" onClick={saveSvg}>
            Download SVG
          </button>
          <button type="button" className="button" onClick={() => void savePng()} disabled={busy} aria-busy={busy}>
            {busy ? 'Preparing PNG…' : 'Download PNG'}
          </button>
        </div>
      </header>
      {problem ? (
        <div className="state state--error" role="alert">
          <p className="state__title">The PNG could not be made.</p>
          <p>{problem}</p>
        </div>
      ) : null}
      {empty ? <EmptyState>No splits, mergers, renames or coalition memberships are recorded for {name}; only its own lane is shown.</EmptyState> : null}
      <div className="genealogy__frame">
        <GenealogyChart layout={layout} title={`Genealogy of ${name}`} svgRef={svg} />
      </div>
      <LineageList genealogy={genealogy} />
    </article>
  );
}
