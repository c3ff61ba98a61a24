import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { Problem } from '../../ui/Problem.js';
import type { SavedViewItem } from './api.js';
import { describeHash, formatSavedAt } from './model.js';
import { ViewNoteEditor } from './ViewNoteEditor.js';

/** One saved view: its name linking to the location, what it shows, its note, when it was saved; edit the note, delete after asking. */
export function SavedViewCard({
  view,
  onChanged,
  onDelete,
}: {
  view: SavedViewItem;
  onChanged: (view: SavedViewItem) => void;
  onDelete: (view: SavedViewItem) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const remove = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await onDelete(view);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'the view could not be deleted');
      setBusy(false);
    }
  };
  return (
    <li className="saved-view panel" aria-labelledby={`view-${view.id}`}>
      <div>
        <h2 className="saved-view__name" id={`view-${view.id}`}>
          <a href={view.hash}>{view.name}</a>
        </h2>
        <p className="saved-view__where break">{describeHash(view.hash)}</p>
      </div>
      <div className="saved-view__side">
        <span className="meta">
          Saved <time dateTime={view.savedAt}>{formatSavedAt(view.savedAt)}</time>
        </span>
        <div className="saved-view__actions">
          <a className="button button--small" href={view.hash}>
            Open<span className="visually-hidden"> {view.name}</span>
          </a>
          {editing ? null : (
            <button className="button button--small button--quiet" type="button" onClick={() => setEditing(true)}>
              {view.note ? 'Edit note' : 'Add note'}
              <span className="visually-hidden"> of {view.name}</span>
            </button>
          )}
          <ConfirmAction
            ask={`Delete ${view.name}?`}
            question="Delete this view?"
            open={{ text: 'Delete…', className: 'button button--small', ariaLabel: `Delete view ${view.name}` }}
            confirm="Delete"
            working="Deleting…"
            keep="Keep"
            busy={busy}
            onConfirm={() => void remove()}
          />
        </div>
      </div>
      {editing ? (
        <ViewNoteEditor
          view={view}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged(changed);
          }}
        />
      ) : (
        <p className={`saved-view__note${view.note ? '' : ' saved-view__note--empty'}`}>{view.note || 'No note.'}</p>
      )}
      <Problem message={problem} />
    </li>
  );
}
