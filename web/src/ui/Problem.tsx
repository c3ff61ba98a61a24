/** A problem to announce at once (role alert), or nothing when there is none. */
export function Problem({ message, className = 'field-problem' }: { message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p className={className} role="alert">
      {message}
    </p>
  );
}
