import { forwardRef } from 'react';

/** Who is reviewing: required before any decision, remembered in this browser. */
export const ReviewerField = forwardRef<HTMLInputElement, { name: string; missing: boolean; fixed?: boolean; onChange: (name: string) => void }>(
  function ReviewerField({ name, missing, fixed = false, onChange }, ref) {
    return (
      <div className={`reviewer${missing ? ' reviewer--missing' : ''}`}>
        <label htmlFor="reviewer-name">Reviewer</label>
        <input
          id="reviewer-name"
          ref={ref}
          className="input"
          type="text"
          autoComplete="name"
          placeholder="Your name"
          value={name}
          readOnly={fixed}
          aria-describedby="reviewer-hint"
          aria-invalid={missing || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <p id="reviewer-hint" className="reviewer__hint">
          {fixed
            ? 'You are signed in: decisions are recorded under your name.'
            : missing
              ? 'Enter your name: every decision records who made it.'
              : 'Recorded with every decision.'}
        </p>
      </div>
    );
  },
);
