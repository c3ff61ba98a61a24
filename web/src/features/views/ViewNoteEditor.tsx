import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { VIEW_NOTE_MAX } from '../../../../src/core/saved-views.js';
import { Problem } from '../../ui/Problem.js';
import { changeViewNote, type SavedViewItem } from './api.js';

/** Rewrites a saved view's note in place; `onDone` gets the changed view, or nothing when cancelled. */
export function ViewNoteEditor({ view, onDone }: { view: SavedViewItem; onDone: (changed?: SavedViewItem) => void }) {
  const [note, setNote] = useState(view.note);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onDone((await changeViewNote(view.id, note)).view);
    } catch (error) {
      setProblem(error instanceof ApiError ? `The note could not be saved: ${error.message}.` : 'The note could not be saved.');
      setBusy(false);
    }
  };
  return (
    <form className="saved-view__note" aria-label={`Note of ${view.name}`} onSubmit={(event) => void submit(event)}>
      <textarea
        className="input save-view__note"
        name="view-note"
        rows={3}
        maxLength={VIEW_NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="save-view__actions">
        <button className="button button--primary button--small" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save note'}
        </button>
        <button className="button button--small button--quiet" type="button" disabled={busy} onClick={() => onDone()}>
          Cancel
        </button>
      </div>
      <Problem message={problem} />
    </form>
  );
}
