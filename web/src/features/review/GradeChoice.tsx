import { forwardRef } from 'react';
import type { ClaimCredibility } from '../../api/types.js';
import { CREDIBILITY_LABELS } from '../../vocab/labels.js';

export const GRADES = [1, 2, 3, 4, 5, 6] as const satisfies readonly ClaimCredibility[];

interface GradeChoiceProps {
  grade: ClaimCredibility | undefined;
  missing: boolean;
  disabled: boolean;
  onChange: (grade: ClaimCredibility | undefined) => void;
}

/**
 * The credibility the reviewer gives the information before accepting it. It starts unchosen: the
 * extractor's "cannot be judged" is a placeholder, and accepting it unasked would pass it off as a judgement.
 */
export const GradeChoice = forwardRef<HTMLSelectElement, GradeChoiceProps>(function GradeChoice({ grade, missing, disabled, onChange }, ref) {
  return (
    <div className="review-grade">
      <label htmlFor="review-grade" className="control-label">
        Credibility of the information <kbd>1</kbd>–<kbd>6</kbd>
      </label>
      <select
        id="review-grade"
        className="input review-grade__select"
        ref={ref}
        value={grade ?? ''}
        disabled={disabled}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? 'review-grade-missing' : undefined}
        onChange={(event) => onChange(event.target.value ? (Number(event.target.value) as ClaimCredibility) : undefined)}
      >
        <option value="">Choose a grade</option>
        {GRADES.map((g) => (
          <option key={g} value={g}>
            {g}: {CREDIBILITY_LABELS[g]}
          </option>
        ))}
      </select>
      {missing ? (
        <p id="review-grade-missing" className="review-grade__missing" role="alert">
          Choose how credible the information is before accepting: no grade is given for you.
        </p>
      ) : null}
    </div>
  );
});
