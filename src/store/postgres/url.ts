/** Whether a database location is a PostgreSQL URL (postgres:// or postgresql://); anything else is a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
