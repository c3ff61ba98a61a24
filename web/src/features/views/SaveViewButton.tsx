import { useState } from 'react';
import { useSession } from '../../api/session.js';
import { hrefOf } from '../../routing/route.js';
import type { SavedViewItem } from './api.js';
import { isSavable, suggestedName } from './model.js';
import { SaveViewForm } from './SaveViewForm.js';
import './views.css';

/**
 * "Save this view": keeps the page's current location (the URL hash, with its dates, filters and
 * focus) as one of the user's saved views, with a name and a note. Any page may place it; it shows
 * nothing to a visitor who is not signed in.
 */
export function SaveViewButton({ suggested }: { /** A name to start from; the page title by default. */ suggested?: string }) {
  const session = useSession();
  const [hash, setHash] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<SavedViewItem | undefined>(undefined);
  if (session.state !== 'ready' || (session.mode === 'accounts' && !session.user)) return null;
  const open = () => {
    setSaved(undefined);
    setHash(window.location.hash || '#/');
  };
  const savable = hash === undefined || isSavable(hash);
  return (
    <div className="save-view">
      <button
        className="button button--small save-view__open"
        type="button"
        aria-expanded={hash !== undefined}
        onClick={() => (hash === undefined ? open() : setHash(undefined))}
      >
        <span aria-hidden="true">☆</span> Save this view
      </button>
      {hash !== undefined && savable ? (
        <SaveViewForm
          hash={hash}
          suggested={suggested ?? suggestedName(document.title)}
          onSaved={(view) => {
            setSaved(view);
            setHash(undefined);
          }}
          onCancel={() => setHash(undefined)}
        />
      ) : null}
      {hash !== undefined && !savable ? (
        <p className="save-view__popover panel field-problem" role="alert">
          This location is too long to save; narrow the filters and try again.
        </p>
      ) : null}
      {saved ? (
        <p className="save-view__done meta" role="status">
          Saved as “{saved.name}”. <a href={hrefOf({ view: 'views' })}>Your saved views</a>
        </p>
      ) : null}
    </div>
  );
}
