// Two change marks that move apart (core/store-port.ts, ChangeMarks): `records` with every change of a
// record or a source's text, `accounts` with every change of a user, credential or saved view; a
// restore moves both. Each is a random value replaced when a transaction that changed its part
// commits, so it never comes back. (The largest audit number, the mark before, could miss a commit: a
// transaction holding a lower number may commit after one holding a higher, and the maximum does not
// move for it.)
//
// A statement trigger on audit_log (every change is audited) notes in the transaction which parts it
// touched; the transaction replaces those marks in the same round trip as its COMMIT. The row lock on
// a mark is so held only while committing, not through the rest of a write, and the marks move in the
// order of the commits. A part noted in a savepoint rolled back is forgotten with it.

/** Migration 9's SQL. */
export const PG_CHANGE_MARKS = `
  CREATE TABLE change_marks (
    name text PRIMARY KEY,
    mark text NOT NULL
  );
  INSERT INTO change_marks VALUES ('accounts', md5(random()::text)), ('records', md5(random()::text));
  CREATE FUNCTION faultline_note_marks() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    parts text := coalesce(current_setting('faultline.marks', true), '');
  BEGIN
    IF EXISTS (SELECT 1 FROM added WHERE action LIKE 'record.%' OR action = 'backup.restore') THEN parts := parts || ' records'; END IF;
    IF EXISTS (SELECT 1 FROM added WHERE action NOT LIKE 'record.%') THEN parts := parts || ' accounts'; END IF;
    PERFORM set_config('faultline.marks', parts, true);
    RETURN NULL;
  END $$;
  CREATE TRIGGER audit_log_notes_marks AFTER INSERT ON audit_log REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION faultline_note_marks();
`;

/**
 * Migration 13: the parts are noted by row triggers in place of the statement trigger, whose transition
 * table made the server copy every audit entry of a statement (an import's bodies included) before
 * reading two flags of them. A row trigger's condition is checked as its row is queued, before any
 * trigger of the statement runs, so every entry of the first statement that audits a part calls the
 * function; the function appends the part only when it is not noted yet (appending on every call made
 * the setting grow with the statement and its copies cost the square of it), and the entries of the
 * transaction's later statements fail the condition and call nothing.
 */
export const PG_MARKS_BY_ROW = `
  DROP TRIGGER audit_log_notes_marks ON audit_log;
  DROP FUNCTION faultline_note_marks();
  CREATE FUNCTION faultline_note_mark() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    parts text := coalesce(current_setting('faultline.marks', true), '');
  BEGIN
    IF position(' ' || TG_ARGV[0] IN parts) = 0 THEN PERFORM set_config('faultline.marks', parts || ' ' || TG_ARGV[0], true); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER audit_log_notes_records AFTER INSERT ON audit_log FOR EACH ROW
    WHEN ((NEW.action LIKE 'record.%' OR NEW.action = 'backup.restore') AND position(' records' IN coalesce(current_setting('faultline.marks', true), '')) = 0)
    EXECUTE FUNCTION faultline_note_mark('records');
  CREATE TRIGGER audit_log_notes_accounts AFTER INSERT ON audit_log FOR EACH ROW
    WHEN (NEW.action NOT LIKE 'record.%' AND position(' accounts' IN coalesce(current_setting('faultline.marks', true), '')) = 0)
    EXECUTE FUNCTION faultline_note_mark('accounts');
`;

const NEW_MARK = `md5(random()::text || clock_timestamp()::text)`;

/** Commits a transaction, replacing first the marks of the parts it changed (one round trip; a failure there rolls it back). */
export const COMMIT_MOVING_MARKS = `UPDATE change_marks SET mark = ${NEW_MARK} WHERE position(' ' || name IN coalesce(current_setting('faultline.marks', true), '')) > 0; COMMIT`;

/** Replaces the records mark when the data-modifying CTE named `changed` before it returned a row. */
export const MOVE_RECORDS_MARK = `UPDATE change_marks SET mark = ${NEW_MARK} WHERE name = 'records' AND EXISTS (SELECT 1 FROM changed)`;

/** Both marks in one statement: accounts, then records, apart by a space. */
export const READ_MARKS = `SELECT string_agg(mark, ' ' ORDER BY name) AS marks FROM change_marks`;
