export const SHORTCUTS = [
  { key: '1–6', short: 'grade', does: 'grade how credible the information is, 1 confirmed by other sources to 6 cannot be judged; accepting needs a grade' },
  { key: 'a', short: 'accept', does: 'accept with the chosen grade' },
  { key: 'r', short: 'reject', does: 'reject' },
  { key: 'e', short: 'edit', does: 'edit the values' },
  { key: 'm', short: 'merge', does: 'merge a proposed actor or place into a recorded one' },
  { key: 'j', short: 'next', does: 'next proposal' },
  { key: 'k', short: 'previous', does: 'previous proposal' },
  { key: '?', short: 'help', does: 'show or hide this help' },
] as const;

/** The shortcuts, always on screen; `?` opens a fuller explanation. */
export function ShortcutBar({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <div className="review-shortcuts">
      <ul className="review-shortcuts__keys" aria-label="Keyboard shortcuts">
        {SHORTCUTS.map((s) => (
          <li key={s.key}>
            <kbd>{s.key}</kbd> {s.short}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" aria-expanded={open} aria-controls="review-help" onClick={onToggle}>
        {open ? 'Hide help' : 'What do they do?'}
      </button>
      {open ? (
        <div id="review-help" className="review-help" role="note">
          <p>
            Shortcuts work whenever the cursor is not in a text field. Accepting writes the proposed record (or adds the evidence to a recorded one) and records
            your name and the time; rejecting keeps the claim, marked rejected, and writes nothing else.
          </p>
          <dl className="review-help__list">
            {SHORTCUTS.map((s) => (
              <div key={s.key}>
                <dt>
                  <kbd>{s.key}</kbd>
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
          <p className="meta">
            A relation or event naming a proposed actor or place can be accepted once that actor or place is accepted or merged. A place the text gives no
            country for needs one before it is accepted.
          </p>
        </div>
      ) : null}
    </div>
  );
}
