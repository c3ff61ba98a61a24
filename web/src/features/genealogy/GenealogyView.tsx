import { useRef, useState } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { Genealogy } from './api.js';
import { download, fileSlug, pngOf, svgDocument } from './export.js';
import { GenealogyChart } from './GenealogyChart.js';
import { LineageList } from './LineageList.js';

/** An actor's genealogy as lanes on a time axis, in the manner of militant-group family maps, with SVG and PNG export. */
export function GenealogyView({ id }: { id: string }) {
  const genealogy = useApi(apiGet('/actors/:id/genealogy', { param: { id } }));
  useDocumentTitle(genealogy.state === 'ready' ? `Genealogy of ${genealogy.data.actor.name}` : genealogy.state === 'failed' ? 'Actor not found' : 'Genealogy');
  return (
    <Async value={genealogy} what="genealogy">
      {(data) => <GenealogyPage genealogy={data} />}
    </Async>
  );
}

// The page draws the model the server computed; it derives no dates of its own, so it cannot disagree with the CLI.
function GenealogyPage({ genealogy }: { genealogy: Genealogy }) {
  const { model } = genealogy;
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
  const empty = model.connectors.length === 0 && model.memberships.length === 0;
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
            Each organisation&rsquo;s lane runs over its lifespan, faded where a bound is known only to a range or not at all; splits, mergers and renames run
            from the elder to the younger; coalition membership as shaded bands; leaders and founders as marks. Select a lane to open that actor&rsquo;s
            profile.
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
      {model.lanes.length === 0 ? (
        <EmptyState>{name} has no lane: persons are drawn as leaders and founders on the lanes of the groups they led.</EmptyState>
      ) : empty ? (
        <EmptyState>No splits, mergers, renames or coalition memberships are recorded for {name}; only its own lane is shown.</EmptyState>
      ) : null}
      <div className="genealogy__frame">
        <GenealogyChart model={model} title={`Genealogy of ${name}`} svgRef={svg} />
      </div>
      <LineageList model={model} />
    </article>
  );
}
