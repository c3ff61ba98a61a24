import { humanise } from '../vocab/labels.js';

/** One other name of an actor or a place, with its kind (spelling, translation…) and language. */
interface Alias {
  name: string;
  lang?: string;
  kind?: string;
}

/** The "Also known as" row of a profile's facts (actor or place); nothing when there is no other name. */
export function AliasesRow({ aliases }: { aliases: readonly Alias[] }) {
  if (aliases.length === 0) return null;
  return (
    <div className="facts__row">
      <dt>Also known as</dt>
      <dd>
        <ul className="aliases">
          {aliases.map((alias) => (
            <li key={`${alias.name}|${alias.lang ?? ''}|${alias.kind ?? ''}`}>
              <span lang={alias.lang}>{alias.name}</span>
              {alias.kind || alias.lang ? (
                <span className="meta"> {[alias.kind ? humanise(alias.kind).toLowerCase() : '', alias.lang ?? ''].filter(Boolean).join(', ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
