import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { BackToProfile } from './BackToProfile.js';
import { SourceMetadata } from './SourceMetadata.js';
import { SourceText } from './SourceText.js';
import { SourceTitle } from './SourceTitle.js';

type Passage = { start: number; end: number };

/** The source reader: a document's metadata and, when registered, its text with the cited passage marked. */
export function SourceView({ id, passage, from }: { id: string; passage: Passage | undefined; from: string | undefined }) {
  const detail = useApi(apiGet('/sources/:id', { param: { id } }));
  const hasText = detail.state === 'ready' && detail.data.hasText;
  const text = useApi(hasText ? apiGet('/sources/:id/text', { param: { id } }) : null);
  useDocumentTitle(detail.state === 'ready' ? detail.data.source.title : detail.state === 'failed' ? 'Source not found' : undefined);
  return (
    <>
      {from ? <BackToProfile actorId={from} /> : null}
      <Async value={detail} what="source">
        {({ source }) => (
          <article className="reader" aria-labelledby="source-title">
            <SourceTitle source={source} />
            <div className="reader__layout">
              <div className="reader__main">
                {hasText ? (
                  <Async value={text} what="document text">
                    {(body) => <SourceText text={body.text} passage={passage} lang={source.language} />}
                  </Async>
                ) : (
                  <p className="state state--empty">
                    The text of this document is not registered in this database, so the passage cannot be shown. Register it with{' '}
                    <code>faultline sources add FILE</code>.
                  </p>
                )}
              </div>
              <aside className="reader__meta" aria-label="About this source">
                <SourceMetadata source={source} passage={passage} />
              </aside>
            </div>
          </article>
        )}
      </Async>
    </>
  );
}
