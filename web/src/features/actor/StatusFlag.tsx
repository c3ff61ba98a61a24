import type { ProfileStatement } from '../../api/types.js';

const FLAGS: Partial<Record<ProfileStatement['status'], { label: string; title: string }>> = {
  disputed: { label: 'Disputed', title: 'sources disagree on at least one property' },
  unsupported: { label: 'Unsupported', title: 'no accepted claim supports this' },
};

/** Flags a disputed or unsupported fact; says nothing when it is simply supported. */
export function StatusFlag({ status }: { status: ProfileStatement['status'] }) {
  const flag = FLAGS[status];
  if (!flag) return null;
  return (
    <span className={`flag flag--${status}`} title={flag.title}>
      {flag.label}
    </span>
  );
}
