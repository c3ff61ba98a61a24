import type { ProfileStatement } from '../../api/types.js';

const FLAGS: Partial<Record<ProfileStatement['status'], { label: string; title: string }>> = {
  disputed: { label: 'Disputed', title: 'sources disagree on at least one property' },
  unsupported: { label: 'Unsupported', title: 'no accepted claim supports this' },
};

/**
 * Flags a disputed (contradicting sources, R1–R5) or unsupported fact; a fact whose sources only
 * differ in precision gets a quieter mark; says nothing when it is simply supported.
 */
export function StatusFlag({ status, differs }: { status: ProfileStatement['status']; differs?: ProfileStatement['differs'] }) {
  const flag = FLAGS[status];
  if (!flag && differs)
    return (
      <span className="flag flag--precision" title="the sources give this at different precisions, or a little apart; the most precise reading is shown">
        sources differ in precision
      </span>
    );
  if (!flag) return null;
  return (
    <span className={`flag flag--${status}`} title={flag.title}>
      {flag.label}
    </span>
  );
}
