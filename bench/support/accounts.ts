/**
 * Benchmark accounts written straight to the database, in bulk, with the same sealed address and
 * blind index the app writes (so the benchmark can sign in as them through HTTP).
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { aliasColumn, emailColumns } from "@/lib/auth/account-fields";
import { sealTotpSecret } from "@/lib/second-factor/totp-secret";

export type BenchAccount = {
  email: string;
  role: "employee" | "psychologist";
  passwordHash?: string;
  tenantId?: string;
  registryEntryId?: string;
  alias?: string;
  createdAt?: Date;
  /** Staff who sign in during the benchmark need an authenticator (BENCH_TOTP_SECRET), as the guard requires. */
  authenticator?: boolean;
};

export const BENCH_TOTP_SECRET = "BENCHBENCHBENCHBENCHBENCHBENCH22";

const CHUNK = 5_000;

/** Inserts the accounts and returns their ids in the same order. */
export async function insertAccounts(db: pg.Pool | pg.Client | pg.PoolClient, accounts: BenchAccount[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < accounts.length; start += CHUNK) {
    const chunk = accounts.slice(start, start + CHUNK);
    const rows = chunk.map((a) => {
      const id = randomUUID();
      const { emailIndex, emailSealed } = emailColumns(id, a.email);
      const alias = aliasColumn(id, a.alias);
      return { id, emailIndex: Buffer.from(emailIndex), emailSealed: Buffer.from(emailSealed), alias: alias && Buffer.from(alias), ...a };
    });
    await db.query(
      `INSERT INTO users (id, email_index, email_sealed, display_name_sealed, password_hash, role, tenant_id, registry_entry_id, time_zone, created_at, updated_at)
       SELECT id, email_index, email_sealed, alias, password_hash, role::"Role", tenant_id, registry_entry_id, 'UTC', created_at, now()
       FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::timestamptz[])
         AS a(id, email_index, email_sealed, alias, password_hash, role, tenant_id, registry_entry_id, created_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.emailIndex),
        rows.map((r) => r.emailSealed),
        rows.map((r) => r.alias),
        rows.map((r) => r.passwordHash ?? "x"),
        rows.map((r) => r.role),
        rows.map((r) => r.tenantId ?? null),
        rows.map((r) => r.registryEntryId ?? null),
        rows.map((r) => r.createdAt ?? new Date()),
      ],
    );
    const staff = rows.filter((r) => r.authenticator);
    if (staff.length) {
      await db.query("INSERT INTO totp_factors (user_id, secret_sealed, confirmed_at) SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::timestamptz[])", [
        staff.map((r) => r.id),
        staff.map((r) => Buffer.from(sealTotpSecret(r.id, BENCH_TOTP_SECRET))),
        staff.map(() => new Date()),
      ]);
    }
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
