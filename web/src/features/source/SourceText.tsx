import { useEffect, useRef } from 'react';
import { codePointLength, splitPassage } from './model.js';

/**
 * A document's text with the cited passage marked and scrolled into view. The text is only ever
 * rendered as React text nodes: documents come from anywhere and may contain markup or scripts.
 */
export function SourceText({ text, passage, lang }: { text: string; passage: { start: number; end: number } | undefined; lang: string | undefined }) {
  const mark = useRef<HTMLElement>(null);
  const split = passage ? splitPassage(text, passage.start, passage.end) : undefined;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [passage?.start, passage?.end]);
  return (
    <section className="reader__text-section" aria-labelledby="text-title">
      <h2 id="text-title" className="visually-hidden">
        Text
      </h2>
      {passage && !split ? (
        <p className="state state--error" role="alert">
          The cited passage (characters {passage.start}–{passage.end}) lies outside this text of {codePointLength(text)} characters; the text may have been
          registered in another version.
        </p>
      ) : null}
      <div className="reader__text" lang={lang} tabIndex={0} role="region" aria-label="Document text">
        {split ? (
          <>
            {split.before}
            <mark ref={mark} className="passage-mark" id="passage">
              {split.passage}
            </mark>
            {split.after}
          </>
        ) : (
          text
        )}
      </div>
    </section>
  );
}
