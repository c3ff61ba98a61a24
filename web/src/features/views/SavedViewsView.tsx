import { useState, type ReactNode } from 'react';
import { useSession } from '../../api/session.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { deleteOwnView, ownViewsPath, type SavedViewItem } from './api.js';
import { SavedViewCard } from './SavedViewCard.js';
import './views.css';

/** The user's saved views, most recent first: open one, edit its note, delete it. No one else sees them. */
export function SavedViewsView() {
  useDocumentTitle('Saved views');
  const session = useSession();
  const loaded = useApi(ownViewsPath());
  // Changes made here, laid over the list as loaded, so nothing is fetched twice.
  const [changed, setChanged] = useState<Map<string, SavedViewItem>>(new Map());
  const [deleted, setDeleted] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const onDelete = async (view: SavedViewItem) => {
    await deleteOwnView(view.id);
    setDeleted((set) => new Set(set).add(view.id));
    setNotice(`View “${view.name}” deleted.`);
  };
  const onChanged = (view: SavedViewItem) => {
    setChanged((map) => new Map(map).set(view.id, view));
    setNotice(`Note of “${view.name}” saved.`);
  };
  const local = session.state === 'ready' && session.mode === 'local';

  let list: ReactNode;
  if (loaded.state === 'loading') list = <Loading label="your saved views" />;
  else if (loaded.state === 'failed') list = <ErrorNotice what="saved views" error={loaded.error} />;
  else {
    const views = loaded.data.views.filter((view) => !deleted.has(view.id)).map((view) => changed.get(view.id) ?? view);
    list =
      views.length === 0 ? (
        <EmptyState>
          You have no saved views. Press “Save this view” on a page that offers it — the <a href={hrefOf({ view: 'timeline' })}>timeline</a>, for one — to keep
          what you are looking at, with a note.
        </EmptyState>
      ) : (
        <ul className="saved-views" aria-label="Your saved views">
          {views.map((view) => (
            <SavedViewCard key={view.id} view={view} onChanged={onChanged} onDelete={onDelete} />
          ))}
        </ul>
      );
  }
  return (
    <section className="saved-views-page" aria-labelledby="saved-views-title">
      <header className="view-head">
        <h1 id="saved-views-title">Saved views</h1>
        <p className="view-head__lede">
          Pages you kept with their dates, filters and focus, each with your note.{' '}
          {local ? 'On this single-user server they belong to the local user.' : 'Only you see them; opening one returns to the page as you saved it.'}
        </p>
      </header>
      {notice ? (
        <p className="meta saved-views-page__notice" role="status">
          {notice}
        </p>
      ) : null}
      {list}
    </section>
  );
}
