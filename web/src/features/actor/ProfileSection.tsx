import type { ProfileStatement } from '../../api/types.js';
import { sectionId } from './model.js';
import { StatementItem } from './StatementItem.js';

/** One titled group of ties (Leaders, Allies …), in date order as the API gives them. */
export function ProfileSection({ title, statements }: { title: string; statements: readonly ProfileStatement[] }) {
  const id = sectionId(title);
  return (
    <section className="profile-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="statements">
        {statements.map((statement) => (
          <StatementItem key={statement.id} statement={statement} />
        ))}
      </ul>
    </section>
  );
}
