import { useState, type ReactNode } from 'react';

/**
 * A button for something that cannot be undone, asked twice: the first press shows the question
 * with a confirm and a keep button. `after` follows each button's text (e.g. a visually hidden name).
 */
export function ConfirmAction({
  ask,
  question,
  open,
  confirm,
  working,
  keep,
  after,
  busy,
  onConfirm,
}: {
  /** The accessible name of the question group. */
  ask: string;
  question: string;
  open: { text: string; className: string; ariaLabel?: string };
  confirm: string;
  working: string;
  keep: string;
  after?: ReactNode;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button className={open.className} type="button" aria-label={open.ariaLabel} onClick={() => setConfirming(true)}>
        {open.text}
        {after}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={ask}>
      <span className="confirm__question">{question}</span>
      <button className="button button--small button--reject" type="button" disabled={busy} onClick={onConfirm}>
        {busy ? working : confirm}
        {after}
      </button>
      <button className="button button--small button--quiet" type="button" disabled={busy} onClick={() => setConfirming(false)}>
        {keep}
      </button>
    </span>
  );
}
