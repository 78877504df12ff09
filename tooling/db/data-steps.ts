/**
 * Changes to existing rows that need the application's keys, so SQL alone cannot make them. Each runs
 * right after the migration it is named by and before the next one, which can then rely on it (for
 * example drop the clear columns the step has sealed). Steps are idempotent: a step interrupted
 * half-way runs again from where it stopped.
 */
import pg from "pg";
import { aliasColumn, emailColumns } from "@/lib/auth/account-fields";
import { sealReviewText } from "@/lib/feedback/review-text";
import { sealEmailContent } from "@/lib/notifications/email-content";

export type DataStep = (client: pg.ClientBase) => Promise<string>;

const BATCH = 500;

/** Seals sign-in e-mails (with their blind index), aliases, review texts and outbox e-mails. */
async function sealPersonalData(client: pg.ClientBase): Promise<string> {
  let users = 0;
  for (;;) {
    const { rows } = await client.query<{ id: string; email: string; display_name: string | null }>(
      "SELECT id, email, display_name FROM users WHERE email_sealed IS NULL LIMIT $1",
      [BATCH],
    );
    if (rows.length === 0) break;
    const sealed = rows.map((r) => ({ id: r.id, ...emailColumns(r.id, r.email), alias: aliasColumn(r.id, r.display_name) }));
    await client.query(
      `UPDATE users u SET email_index = s.idx, email_sealed = s.sealed, display_name_sealed = s.alias
       FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[]) AS s(id, idx, sealed, alias) WHERE u.id = s.id`,
      [
        sealed.map((s) => s.id),
        sealed.map((s) => Buffer.from(s.emailIndex)),
        sealed.map((s) => Buffer.from(s.emailSealed)),
        sealed.map((s) => (s.alias ? Buffer.from(s.alias) : null)),
      ],
    );
    users += rows.length;
  }

  const reviews = await client.query<{ id: string; comment: string }>("SELECT id, comment FROM feedback WHERE comment IS NOT NULL AND comment_sealed IS NULL");
  for (const r of reviews.rows) {
    await client.query("UPDATE feedback SET comment_sealed = $2 WHERE id = $1", [r.id, Buffer.from(sealReviewText(r.id, r.comment)!)]);
  }

  await client.query("UPDATE emails e SET recipient_id = u.id FROM users u WHERE e.recipient_id IS NULL AND u.email = e.to_address");
  const orphans = await client.query("DELETE FROM emails WHERE recipient_id IS NULL");
  const emails = await client.query<{ id: string; subject: string; text_body: string; ics_body: string | null }>(
    "SELECT id, subject, text_body, ics_body FROM emails WHERE content_sealed IS NULL",
  );
  for (const e of emails.rows) {
    const content = sealEmailContent(e.id, { subject: e.subject, text: e.text_body, ics: e.ics_body });
    await client.query("UPDATE emails SET content_sealed = $2 WHERE id = $1", [e.id, Buffer.from(content)]);
  }
  return `sealed ${users} accounts, ${reviews.rowCount} reviews, ${emails.rowCount} outbox e-mails (${orphans.rowCount} without an account removed)`;
}

export const DATA_STEPS: ReadonlyArray<{ after: string; run: DataStep }> = [{ after: "20261206081000_seal_personal_data_add", run: sealPersonalData }];
