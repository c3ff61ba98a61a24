/** A polite, announced placeholder while data loads. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {label}…
    </p>
  );
}
