/** What the account pages say in single-user mode, where there are no accounts to manage. */
export function NoAccounts({ what }: { what: string }) {
  return (
    <section className="state" aria-labelledby="no-accounts-title">
      <h2 id="no-accounts-title" className="state__title state__title--plain">
        Single-user mode
      </h2>
      <p>This server has no accounts yet, so there are no {what} to manage: on this machine you act as its administrator without signing in.</p>
      <p>
        To share it with a team, add the first administrator with <code>faultline users add NAME --role admin</code>; the server then asks everyone to sign in,
        and this page manages the rest.
      </p>
    </section>
  );
}
