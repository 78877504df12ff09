/**
 * What a stolen database dump holds, and what a backup brings back. Personal data is written through
 * the app as people would write it; a plain-SQL pg_dump is then searched for every value written.
 * The backup is restored into a fresh database, where the same account signs in.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { signIn } from "@/lib/auth/sign-in";
import { registerEmployee } from "@/lib/registry/register-employee";
import { backupDatabase, restoreDatabase } from "@/tooling/db/backup";
import { ensureClientTools, type ClientTools } from "@/tooling/db/client-tools";
import { employeeMonth } from "../support/employee-month";
import { createRegistryEntry, createTenant, TEST_PASSWORD } from "../support/factories";
import { latestEmailTo, userByEmail } from "../support/sealed-lookups";
import { scratchDatabase } from "../support/test-database";

const tag = randomUUID().slice(0, 8);
const written = {
  email: `dump-${tag}@private.example`,
  alias: `Kestrel${tag}`,
  message: `my manager shouts at me ${tag}`,
  note: `panic attacks since the merger ${tag}`,
  homework: `breathing diary ${tag}`,
  review: `helped me through the divorce ${tag}`,
};
let resetToken: string;
let tenantSlug: string;
let tools: ClientTools;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "harbor-dump-"));

beforeAll(async () => {
  const found = ensureClientTools(inject("toolsDataDir"));
  if ("message" in found) throw new Error(found.message);
  tools = found;

  // An employee's month with Harbor, through the same functions the pages call.
  const tenant = await createTenant();
  tenantSlug = tenant.slug;
  await createRegistryEntry({ tenant, identifier: `EMP-${tag}` });
  const from = { clientAddress: "198.51.100.201" };
  await registerEmployee(
    { tenantSlug: tenant.slug, identifier: `EMP-${tag}`, email: written.email, password: TEST_PASSWORD, displayName: written.alias },
    from,
  );
  const employeeRow = await userByEmail(written.email);
  await signIn({ email: written.email, password: "not the password" }, from);
  await employeeMonth(tenant, employeeRow, {
    messages: [written.message],
    note: written.note,
    homework: { title: written.homework, instructions: written.homework },
    review: written.review,
  });

  await requestPasswordReset({ email: written.email }, from);
  resetToken = /token=([\w-]+)|\/reset-password\/([\w-]+)/
    .exec((await latestEmailTo(written.email)).textBody)!
    .slice(1)
    .find(Boolean)!;
});

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe("a stolen database dump", () => {
  it("holds no e-mail address, alias, message, note, homework, review or outbox body in clear", () => {
    const file = path.join(workDir, "stolen.sql");
    backupDatabase(tools, inject("databaseUrl"), file, "plain");
    const dump = fs.readFileSync(file, "utf8");
    // The dump is real: it holds the schema and this employee's (sealed) rows.
    expect(dump).toContain("CREATE TABLE public.users");
    expect(dump).toContain("email_sealed");
    // …and what is not personal is there in clear, so the search below searches the right text.
    expect(dump).toContain(tenantSlug);
    expect(resetToken.length).toBeGreaterThan(10);

    const found = Object.entries({ ...written, emailLocalPart: written.email.split("@")[0]!, resetLinkToken: resetToken })
      .filter(([, value]) => dump.toLowerCase().includes(value.toLowerCase()))
      .map(([name]) => name);
    expect(found).toEqual([]);
  });
});

describe("backup and restore", () => {
  let restored: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    restored = await scratchDatabase(inject("adminDatabaseUrl"), "restored");
  });
  afterAll(() => restored.drop());

  it("restores a running Harbor's dump into a fresh database, where the employee signs in", async () => {
    const file = path.join(workDir, "harbor.dump");
    backupDatabase(tools, inject("databaseUrl"), file);
    await restoreDatabase(tools, restored.url, file);
    // Restoring twice would mix two histories: refused with a way forward.
    await expect(restoreDatabase(tools, restored.url, file)).rejects.toThrow(/not empty.*Restore into a new database/);

    const output = execFileSync(process.execPath, ["--import", "tsx", "tests/support/sign-in-process.ts", written.email, TEST_PASSWORD], {
      env: { ...process.env, DATABASE_URL: restored.url },
      encoding: "utf8",
    });
    const outcome = JSON.parse(output.trim().split("\n").at(-1)!);
    expect(outcome).toMatchObject({ result: { ok: true, user: { role: "employee" } }, email: written.email, alias: written.alias });
  });
});
