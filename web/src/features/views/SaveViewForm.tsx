import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { VIEW_NAME_MAX, VIEW_NOTE_MAX } from '../../../../src/core/saved-views.js';
import { Problem } from '../../ui/Problem.js';
import { saveOwnView, type SavedViewItem } from './api.js';

/** Names and annotates the location `hash`, then saves it as one of the user's views. */
export function SaveViewForm({
  hash,
  suggested,
  onSaved,
  onCancel,
}: {
  hash: string;
  suggested: string;
  onSaved: (view: SavedViewItem) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(suggested);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.select(), []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { view } = await saveOwnView(name.trim(), hash, note);
      onSaved(view);
    } catch (error) {
      setProblem(error instanceof ApiError ? `The view could not be saved: ${error.message}.` : 'The view could not be saved.');
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <form className="save-view__form panel" aria-label="Save this view" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <label className="save-view__field">
        <span className="control-group__title">Name</span>
        <input
          ref={nameField}
          className="input"
          type="text"
          name="view-name"
          maxLength={VIEW_NAME_MAX}
          required
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="save-view__field">
        <span className="control-group__title">Note (optional)</span>
        <textarea
          className="input save-view__note"
          name="view-note"
          rows={3}
          maxLength={VIEW_NOTE_MAX}
          placeholder="What to look at here, and why"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <p className="meta save-view__where">
        Saves this location: <code className="break">{hash}</code>
      </p>
      <div className="save-view__actions">
        <button className="button button--primary button--small" type="submit" disabled={busy || !name.trim()}>
          {busy ? 'Saving…' : 'Save view'}
        </button>
        <button className="button button--small button--quiet" type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      <Problem message={problem} />
    </form>
  );
}
