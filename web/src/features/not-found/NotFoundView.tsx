import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';

/** The answer to an address the app does not know. */
export function NotFoundView({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <section className="state state--error" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        Nothing lives at <code>#/{path}</code>. Go to the <a href={hrefOf({ view: 'home' })}>list of actors</a> or search above.
      </p>
    </section>
  );
}
