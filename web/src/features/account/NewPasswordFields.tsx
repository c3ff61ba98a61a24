import { MIN_PASSWORD_LENGTH } from './api.js';

/** Whether a new password, typed twice, may be sent. */
export const newPasswordReady = (next: string, again: string): boolean => next.length >= MIN_PASSWORD_LENGTH && again === next;

/** What became of a password form's last submission. */
export type PasswordOutcome = { ok: boolean; message: string };

/** A password input for a new password; `problem` marks it invalid, `describedBy` names its hint. */
export function PasswordInput({
  id,
  value,
  onChange,
  problem,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <input
      id={id}
      className="input"
      type="password"
      autoComplete="new-password"
      required
      aria-invalid={problem ? true : undefined}
      aria-describedby={describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/**
 * A new password typed twice, with the length hint and the warning when the two differ; the ids of
 * the inputs start with `id`. Shared by the Account page and an administrator's Users page.
 */
export function NewPasswordFields({
  id,
  label,
  next,
  again,
  onNext,
  onAgain,
}: {
  id: string;
  label: string;
  next: string;
  again: string;
  onNext: (value: string) => void;
  onAgain: (value: string) => void;
}) {
  const tooShort = next.length > 0 && next.length < MIN_PASSWORD_LENGTH;
  const differs = again.length > 0 && again !== next;
  return (
    <>
      <label htmlFor={`${id}-new`}>{label}</label>
      <PasswordInput id={`${id}-new`} value={next} onChange={onNext} problem={tooShort} describedBy={`${id}-new-hint`} />
      <p id={`${id}-new-hint`} className={tooShort ? 'field-problem' : 'meta password-form__hint'}>
        At least {MIN_PASSWORD_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.
      </p>
      <label htmlFor={`${id}-again`}>{label} again</label>
      <PasswordInput id={`${id}-again`} value={again} onChange={onAgain} problem={differs} describedBy={differs ? `${id}-again-problem` : undefined} />
      {differs ? (
        <p id={`${id}-again-problem`} className="field-problem">
          The two passwords differ.
        </p>
      ) : null}
    </>
  );
}

/** The end of a password form: what the last submission did, then the button. */
export function PasswordSubmit({
  outcome,
  ready,
  busy,
  label,
  working,
}: {
  outcome: PasswordOutcome | undefined;
  ready: boolean;
  busy: boolean;
  label: string;
  working: string;
}) {
  return (
    <>
      {outcome ? (
        <p className={outcome.ok ? 'password-form__done' : 'login__problem'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      ) : null}
      <button className="button button--primary password-form__submit" type="submit" disabled={!ready}>
        {busy ? working : label}
      </button>
    </>
  );
}
