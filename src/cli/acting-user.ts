/**
 * Who is at the terminal, for the audit log and as the author of what a command records: the
 * system user ($USER), else "analyst". Every command that records or changes something names it
 * this way, and `--by NAME` overrides it where a command offers it.
 */
export function actingUser(): string {
  return process.env['USER'] || 'analyst';
}
