import { hrefOf } from '../../routing/route.js';
import { humanise } from '../../vocab/labels.js';
import { formatDate } from '../actor/model.js';
import type { SearchAnswer } from './api.js';

/** One source hit: its title opening the reader, who wrote or published it, when, and its grade. */
export function SourceResult({ source }: { source: SearchAnswer['sources'][number] }) {
  return (
    <li className="result">
      <p className="result__title">
        <a href={hrefOf({ view: 'source', id: source.id })}>{source.title}</a> {source.kind ? <span className="tag">{humanise(source.kind)}</span> : null}
      </p>
      <p className="result__aliases">
        {[source.origin, source.date ? formatDate(source.date) : undefined, `reliability ${source.reliability}`].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}
