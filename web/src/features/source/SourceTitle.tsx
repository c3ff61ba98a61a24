import type { Source } from '../../api/types.js';
import { humanise } from '../../vocab/labels.js';

/** The reader's title block: kind, title, and who published it when. */
export function SourceTitle({ source }: { source: Source }) {
  const byline = [source.authors?.join(', '), source.publisher, source.date].filter(Boolean).join(' · ');
  return (
    <header className="reader__title">
      <p className="eyebrow">
        <span className="tag">{source.kind ? humanise(source.kind) : 'Source'}</span>
        {source.restricted ? <span className="flag flag--disputed">Restricted</span> : null}
      </p>
      <h1 id="source-title">{source.title}</h1>
      {byline ? <p className="meta">{byline}</p> : null}
    </header>
  );
}
