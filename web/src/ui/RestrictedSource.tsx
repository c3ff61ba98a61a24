/** A passage from a source the reader's role may not see: named as such, never linked (docs/security.md). */
export function RestrictedSource() {
  return (
    <span className="restricted-source" title="This passage comes from a restricted source; reviewers and administrators can read it.">
      <svg className="restricted-source__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="7" rx="1.5" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
      </svg>
      restricted source
    </span>
  );
}
