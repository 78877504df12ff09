/**
 * Rotating ENCRYPTION_KEYS: rows sealed under the old key are re-encrypted under the new one while
 * both are configured, after which the old key can go. Run on a database of its own, so the other
 * test files (which read with the old key) never meet a rotated row.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { aliasContext, emailContext } from "@/lib/auth/account-fields";
import { messageContext } from "@/lib/chat/chat-message";
import { keyRing, seal, unseal, type KeyRing } from "@/lib/crypto/seal";
import { openField, sealField } from "@/lib/crypto/sealed-field";
import { rotateAllKeys, rotationProgress } from "@/lib/key-rotation/rotate-keys";
import { SEALED_PLACES } from "@/lib/key-rotation/sealed-places";
import { homeworkAnswerContext, homeworkContext } from "@/lib/tasks/homework-body";
import { applyPendingMigrations } from "@/tooling/db/migrations";
import { scratchDatabase } from "../support/test-database";

let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let pool: pg.Pool;
const oldRing = () => keyRing();
const newKey = { id: "rotated2", key: randomBytes(32) };
const bothKeys = (): KeyRing => ({ current: newKey, byId: new Map([...oldRing().byId, [newKey.id, newKey.key]]) });
const onlyNewKey: KeyRing = { current: newKey, byId: new Map([[newKey.id, newKey.key]]) };

beforeAll(async () => {
  scratch = await scratchDatabase(inject("adminDatabaseUrl"), "rotation");
  await applyPendingMigrations(scratch.url);
  pool = new pg.Pool({ connectionString: scratch.url, max: 4 });
});

afterAll(async () => {
  await pool?.end();
  await scratch?.drop();
});

/** An employee with an address and alias, a conversation with 250 messages, and homework with an answer, all under the old key. */
async function sealedRowsUnderTheOldKey() {
  const [tenant, employee, psychologistUser, profile, conversation, task] = Array.from({ length: 6 }, () => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const ring = oldRing();
  await pool.query("INSERT INTO tenants (id, slug, name, updated_at) VALUES ($1, $2, 'Rotation Oy', now())", [tenant, `rot-${tenant.slice(0, 8)}`]);
  const user = (id: string, email: string, alias: string | null, role: string, tenantId: string | null) =>
    pool.query(
      "INSERT INTO users (id, email_index, email_sealed, display_name_sealed, password_hash, role, tenant_id, updated_at) VALUES ($1, $2, $3, $4, 'x', $5::\"Role\", $6, now())",
      [
        id,
        randomBytes(32),
        Buffer.from(sealField(email, emailContext(id), ring)),
        alias && Buffer.from(sealField(alias, aliasContext(id), ring)),
        role,
        tenantId,
      ],
    );
  await user(employee, "rotating@example.com", "Kestrel", "employee", tenant);
  await user(psychologistUser, "psy-rotating@example.com", null, "psychologist", null);
  await pool.query("INSERT INTO psychologist_profiles (id, user_id, display_name, updated_at) VALUES ($1, $2, 'Dr Rotation', now())", [
    profile,
    psychologistUser,
  ]);
  await pool.query("INSERT INTO conversations (id, tenant_id, employee_id, psychologist_id) VALUES ($1, $2, $3, $4)", [
    conversation,
    tenant,
    employee,
    profile,
  ]);
  for (let i = 0; i < 250; i++) {
    const body = seal(`message ${i}`, messageContext(conversation), ring);
    await pool.query("INSERT INTO messages (conversation_id, sender_id, key_id, iv, ciphertext) VALUES ($1, $2, $3, $4, $5)", [
      conversation,
      employee,
      body.keyId,
      Buffer.from(body.iv),
      Buffer.from(body.ciphertext),
    ]);
  }
  const text = seal(JSON.stringify({ title: "Sleep diary", instructions: "Seven nights" }), homeworkContext(task), ring);
  const answer = seal("I slept better", homeworkAnswerContext(task), ring);
  await pool.query(
    `INSERT INTO homework_tasks (id, psychologist_id, employee_id, key_id, iv, ciphertext, answer_key_id, answer_iv, answer_ciphertext)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      task,
      profile,
      employee,
      text.keyId,
      Buffer.from(text.iv),
      Buffer.from(text.ciphertext),
      answer.keyId,
      Buffer.from(answer.iv),
      Buffer.from(answer.ciphertext),
    ],
  );
  return { employee, conversation, task };
}

describe("rotating the encryption key", () => {
  it("re-encrypts every sealed row under the new key, concurrently and once, after which the old key is not needed", async () => {
    const rows = await sealedRowsUnderTheOldKey();
    const before = await rotationProgress(pool, bothKeys());
    expect(before.currentKeyId).toBe("rotated2");
    expect(before.keyIdsInUse).toEqual([oldRing().current.id]);
    expect(before).toMatchObject({ staleRows: 255, percentDone: 0, removableKeyIds: [] });
    expect(before.places.find((p) => p.name === "messages")).toEqual({ name: "messages", total: 250, stale: 250 });
    expect(before.places.find((p) => p.name === "users.alias")).toEqual({ name: "users.alias", total: 1, stale: 1 });

    // Two workers at once: each row is rewritten by one of them.
    const [a, b] = await Promise.all([rotateAllKeys(pool, bothKeys()), rotateAllKeys(pool, bothKeys())]);
    expect(a + b).toBe(2 + 1 + 250 + 1 + 1);
    const after = await rotationProgress(pool, bothKeys());
    expect(after.keyIdsInUse).toEqual([]);
    expect(after).toMatchObject({ staleRows: 0, percentDone: 100, removableKeyIds: [oldRing().current.id] });
    expect(after.places.every((p) => p.stale === 0)).toBe(true);

    // Everything opens with the new key alone.
    const user = (await pool.query("SELECT email_sealed, display_name_sealed FROM users WHERE id = $1", [rows.employee])).rows[0];
    expect(openField(user.email_sealed, emailContext(rows.employee), onlyNewKey)).toBe("rotating@example.com");
    expect(openField(user.display_name_sealed, aliasContext(rows.employee), onlyNewKey)).toBe("Kestrel");
    const messages = (await pool.query("SELECT key_id, iv, ciphertext FROM messages WHERE conversation_id = $1 ORDER BY id", [rows.conversation])).rows;
    expect(messages.map((m) => unseal({ keyId: m.key_id, iv: m.iv, ciphertext: m.ciphertext }, messageContext(rows.conversation), onlyNewKey))).toEqual(
      Array.from({ length: 250 }, (_, i) => `message ${i}`),
    );
    const task = (await pool.query("SELECT answer_key_id, answer_iv, answer_ciphertext FROM homework_tasks WHERE id = $1", [rows.task])).rows[0];
    expect(unseal({ keyId: task.answer_key_id, iv: task.answer_iv, ciphertext: task.answer_ciphertext }, homeworkAnswerContext(rows.task), onlyNewKey)).toBe(
      "I slept better",
    );
    // A second run finds nothing to do.
    expect(await rotateAllKeys(pool, bothKeys())).toBe(0);
  });

  it("lists every sealed column of the schema, so none is left under an old key", async () => {
    const { rows } = await pool.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'bytea' AND (column_name LIKE '%sealed' OR column_name LIKE '%ciphertext')`,
    );
    const listed = new Set(SEALED_PLACES.map((p) => `${p.table}.${p.kind === "field" ? p.column : p.ciphertext}`));
    expect(rows.map((r) => `${r.table_name}.${r.column_name}`).filter((c) => !listed.has(c))).toEqual([]);
  });
});
