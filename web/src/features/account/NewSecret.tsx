import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** A token's secret right after it was created: shown this once, with a copy button and a plain warning. */
export function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move attention to the secret at once: it will not be shown again.
  useEffect(() => heading.current?.focus(), []);
  const copyIt = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className="new-secret" aria-labelledby="new-secret-title">
      <h3 id="new-secret-title" className="new-secret__title" tabIndex={-1} ref={heading}>
        Copy your new token “{name}” now
      </h3>
      <p className="new-secret__warning">
        <strong>It is shown only this once.</strong> Faultline keeps only a hash of it: once you leave this page nobody can show it again. If you lose it,
        revoke it and create another. Keep it like a password.
      </p>
      <div className="new-secret__row">
        <label className="visually-hidden" htmlFor="new-secret-value">
          New API token
        </label>
        <input
          id="new-secret-value"
          ref={field}
          className="input input--code new-secret__value"
          type="text"
          readOnly
          spellCheck={false}
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button className="button button--primary" type="button" onClick={() => void copyIt()}>
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="meta new-secret__status" role="status" aria-live="polite">
        {copy === 'copied'
          ? 'Copied to the clipboard.'
          : copy === 'failed'
            ? 'The browser refused to copy; select the token and copy it yourself.'
            : 'Scripts send it as Authorization: Bearer followed by the token.'}
      </p>
      <button className="button" type="button" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
