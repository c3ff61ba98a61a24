import type { ReactNode } from 'react';
import { hrefOf } from '../../routing/route.js';
import { QUERIES_DOC_PATH } from '../method/queries-doc.js';

interface Props {
  id: string;
  title: string;
  /** One line on how the figure is computed. */
  how: ReactNode;
  /** The anchor of the method in docs/queries.md. */
  method: string;
  children: ReactNode;
}

/** One analytic: its title, how it is computed in a line, a link to the method, and its figures. */
export function MetricSection({ id, title, how, method, children }: Props) {
  return (
    <section className="analytics-section panel" aria-labelledby={`${id}-title`}>
      <header className="analytics-section__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="analytics-section__how">
          {how}{' '}
          <a href={hrefOf({ view: 'method', section: method })} title={`${QUERIES_DOC_PATH}#${method}`}>
            Method
          </a>
        </p>
      </header>
      {children}
    </section>
  );
}
