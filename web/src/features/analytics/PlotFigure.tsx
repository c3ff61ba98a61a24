import { useEffect, useRef, useState } from 'react';
import { download, pngOf, svgDocument } from '../genealogy/export.js';
import { toCsv, type Row } from './model.js';

interface Props {
  /** Draws the chart (Observable Plot); called again when `version` changes. */
  make: () => Element;
  version: string;
  /** Base of the exported files' names. */
  file: string;
  /** The numbers the chart draws, for the CSV. */
  rows: readonly Row[];
  label: string;
}

/** An Observable Plot chart with SVG, PNG and CSV export of exactly what it draws. */
export function PlotFigure({ make, version, file, rows, label }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    const element = make();
    holder.current?.replaceChildren(element);
    return () => element.remove();
    // `make` is a new closure each render; `version` says when what it draws changed.
  }, [version]);
  const svg = () => holder.current?.querySelector('svg') ?? null;
  const saveSvg = () => {
    const chart = svg();
    if (chart) download(new Blob([svgDocument(chart)], { type: 'image/svg+xml' }), `${file}.svg`);
  };
  const savePng = async () => {
    const chart = svg();
    if (!chart) return;
    setProblem(undefined);
    try {
      download(await pngOf(chart), `${file}.png`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'the image could not be made');
    }
  };
  const saveCsv = () => download(new Blob([toCsv(rows)], { type: 'text/csv' }), `${file}.csv`);
  return (
    <figure className="analytics-figure">
      <div className="analytics-figure__chart" ref={holder} role="img" aria-label={label} />
      <figcaption className="export-buttons" role="group" aria-label={`Export: ${label}`}>
        <button type="button" className="button button--small" onClick={saveSvg}>
          SVG
        </button>
        <button type="button" className="button button--small" onClick={() => void savePng()}>
          PNG
        </button>
        <button type="button" className="button button--small" onClick={saveCsv}>
          CSV
        </button>
        {problem ? <span role="alert">{problem}</span> : null}
      </figcaption>
    </figure>
  );
}
