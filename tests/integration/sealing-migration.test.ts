/**
 * The migration that seals personal data, run on a database that holds rows in clear (as every
 * Harbor did before it): each row is sealed, stays readable through the app's helpers, and the clear
 * columns are gone.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { openAlias, openEmail } from "@/lib/auth/account-fields";
import { emailIndex } from "@/lib/crypto/blind-index";
import { openReviewText } from "@/lib/feedback/review-text";
import { openEmailContent } from "@/lib/notifications/email-content";
import { applyMigrationsThrough, applyPendingMigrations } from "@/tooling/db/migrations";
import { scratchDatabase } from "../support/test-database";

const BEFORE_SEALING = "20261206055904_password_resets";
let url: string;
let client: pg.Client;
let scratch: Awaited<ReturnType<typeof scratchDatabase>>;

beforeAll(async () => {
  scratch = await scratchDatabase(inject("adminDatabaseUrl"), "sealing");
  url = scratch.url;
  await applyMigrationsThrough(url, BEFORE_SEALING);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe("sealing the personal data of an existing Harbor", () => {
  it("seals addresses, aliases, reviews and outbox e-mails, and drops the clear columns", async () => {
    const [tenant, employee, psychologistUser, profile, appointment, feedback, mail, orphan] = Array.from({ length: 8 }, () => randomUUID()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await client.query("INSERT INTO tenants (id, slug, name, updated_at) VALUES ($1, 'legacy', 'Legacy Oy', now())", [tenant]);
    await client.query(
      "INSERT INTO users (id, email, password_hash, role, tenant_id, display_name, updated_at) VALUES ($1, 'legacy.person@example.com', 'x', 'employee', $2, 'Kestrel', now())",
      [employee, tenant],
    );
    await client.query("INSERT INTO users (id, email, password_hash, role, updated_at) VALUES ($1, 'legacy.psy@example.com', 'x', 'psychologist', now())", [
      psychologistUser,
    ]);
    await client.query("INSERT INTO psychologist_profiles (id, user_id, display_name, updated_at) VALUES ($1, $2, 'Dr Legacy', now())", [
      profile,
      psychologistUser,
    ]);
    await client.query(
      `INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, status, employee_participant_id, psychologist_participant_id, updated_at)
       VALUES ($1, $2, $3, $4, 'psychology', 'video', now() - interval '2 days', now() - interval '2 days' + interval '50 minutes', 'completed', gen_random_uuid(), gen_random_uuid(), now())`,
      [appointment, tenant, employee, profile],
    );
    await client.query(
      "INSERT INTO feedback (id, appointment_id, tenant_id, employee_id, psychologist_id, rating, comment, published_month) VALUES ($1, $2, $3, $4, $5, 5, 'Helped with my divorce', '2026-12-01')",
      [feedback, appointment, tenant, employee, profile],
    );
    await client.query(
      "INSERT INTO emails (id, to_address, subject, text_body, ics_body) VALUES ($1, 'legacy.person@example.com', 'Your session', 'See you on Monday', 'BEGIN:VCALENDAR')",
      [mail],
    );
    await client.query("INSERT INTO emails (id, to_address, subject, text_body) VALUES ($1, 'gone@example.com', 'Hello', 'Nobody holds this address')", [
      orphan,
    ]);

    const lines: string[] = [];
    await applyPendingMigrations(url, (line) => lines.push(line));
    expect(lines.join("\n")).toMatch(/sealed 2 accounts, 1 reviews, 1 outbox e-mails \(1 without an account removed\)/);

    const user = (await client.query("SELECT id, email_index, email_sealed, display_name_sealed FROM users WHERE id = $1", [employee])).rows[0];
    expect(Buffer.from(user.email_index).equals(Buffer.from(emailIndex("Legacy.Person@example.com")))).toBe(true);
    expect(openEmail({ id: employee, emailSealed: user.email_sealed })).toBe("legacy.person@example.com");
    expect(openAlias({ id: employee, displayNameSealed: user.display_name_sealed })).toBe("Kestrel");

    const review = (await client.query("SELECT id, comment_sealed FROM feedback WHERE id = $1", [feedback])).rows[0];
    expect(openReviewText({ id: review.id, commentSealed: review.comment_sealed })).toBe("Helped with my divorce");

    const emails = (await client.query("SELECT id, recipient_id, content_sealed FROM emails")).rows;
    expect(emails).toHaveLength(1);
    expect(emails[0].recipient_id).toBe(employee);
    expect(openEmailContent({ id: mail, contentSealed: emails[0].content_sealed })).toEqual({
      subject: "Your session",
      text: "See you on Monday",
      ics: "BEGIN:VCALENDAR",
    });

    const clear = await client.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE (table_name = 'users' AND column_name IN ('email', 'display_name')) OR (table_name = 'feedback' AND column_name = 'comment')
          OR (table_name = 'emails' AND column_name IN ('to_address', 'subject', 'text_body', 'ics_body'))`,
    );
    expect(clear.rows).toEqual([]);
    // Nothing left to do on a second run.
    expect(await applyPendingMigrations(url)).toEqual([]);
  });
});
