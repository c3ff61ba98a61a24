import { useEffect, useRef, useState } from 'react';
import { download, pngOf, svgDocument } from '../genealogy/export.js';

interface Props {
  id: string;
  title: string;
  caption: string;
  /** File names without extension. */
  file: string;
  csv: string;
  draw: () => SVGSVGElement | HTMLElement;
}

/** One chart drawn by Observable Plot, with its caption and SVG, PNG and CSV downloads. */
export function TrendChart({ id, title, caption, file, csv, draw }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const chart = draw();
    frame.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [draw]);
  const svg = () => frame.current?.querySelector('svg') ?? null;
  const saveSvg = () => {
    const element = svg();
    if (element) download(new Blob([svgDocument(element)], { type: 'image/svg+xml' }), `${file}.svg`);
  };
  const savePng = async () => {
    const element = svg();
    if (!element) return;
    setBusy(true);
    setProblem(undefined);
    try {
      download(await pngOf(element), `${file}.png`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'the image could not be made');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="trend-chart panel" aria-labelledby={`${id}-title`}>
      <header className="trend-chart__head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="trend-chart__caption">{caption}</p>
        </div>
        <div className="export-buttons" role="group" aria-label={`Export: ${title}`}>
          <button type="button" className="button button--small" onClick={saveSvg}>
            SVG
          </button>
          <button type="button" className="button button--small" onClick={() => void savePng()} disabled={busy} aria-busy={busy}>
            {busy ? 'PNG…' : 'PNG'}
          </button>
          <button type="button" className="button button--small" onClick={() => download(new Blob([csv], { type: 'text/csv' }), `${file}.csv`)}>
            CSV
          </button>
        </div>
      </header>
      {problem ? (
        <p className="state state--error" role="alert">
          The PNG could not be made: {problem}
        </p>
      ) : null}
      <div className="trend-chart__frame" ref={frame} data-chart={id} />
    </section>
  );
}
