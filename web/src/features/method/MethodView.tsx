import { useEffect } from 'react';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { QUERIES_DOC, QUERIES_DOC_PATH } from './queries-doc.js';
import { inlinePieces, methodSections } from './sections.js';
import './method.css';

const SECTIONS = methodSections(QUERIES_DOC);

function InlineText({ text }: { text: string }) {
  return (
    <>
      {inlinePieces(text).map((piece, i) =>
        piece.kind === 'code' ? (
          <code key={i}>{piece.text}</code>
        ) : piece.kind === 'strong' ? (
          <strong key={i}>{piece.text}</strong>
        ) : piece.kind === 'em' ? (
          <em key={i}>{piece.text}</em>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/** How the analytics are computed, read from docs/queries.md as bundled; one method highlighted when a link names it. */
export function MethodView({ section }: { section: string | undefined }) {
  useDocumentTitle('Methods');
  const chosen = SECTIONS.find((s) => s.id === section);
  useEffect(() => {
    if (chosen) document.getElementById(`method-${chosen.id}`)?.scrollIntoView({ block: 'start' });
  }, [chosen]);
  return (
    <article className="method" aria-labelledby="method-title">
      <header className="view-head">
        <p className="eyebrow">
          <a href={hrefOf({ view: 'analytics' })}>Back to the analytics</a>
        </p>
        <h1 id="method-title">How the analytics are computed</h1>
        <p className="view-head__lede">
          From <code>{QUERIES_DOC_PATH}</code> in the version this app was built with{section && !chosen ? `; it has no method “${section}”` : ''}.
        </p>
      </header>
      <ol className="method__list">
        {SECTIONS.map((s) => (
          <li
            key={s.id}
            id={`method-${s.id}`}
            className={s.id === section ? 'method__item method__item--chosen' : 'method__item'}
            aria-current={s.id === section ? 'true' : undefined}
          >
            <p className="method__where">
              {s.heading} · <code>{`${QUERIES_DOC_PATH}#${s.id}`}</code>
            </p>
            <p>
              <InlineText text={s.text} />
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
