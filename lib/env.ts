/**
 * The only module that reads process.env. Every setting is parsed once with zod; a missing or
 * malformed one stops the process with a message naming it and what is expected.
 *
 * HARBOR_ENV is the deployment's environment, distinct from NODE_ENV (which `next start` always
 * sets to production). Outside production, missing secrets are generated once and kept in
 * .data/secrets.json so a fresh clone runs with no configuration; in production they are required.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import proxyAddr from "proxy-addr";
import { z } from "zod";

const base64Key = (bytes: number) =>
  z.string().refine((value) => Buffer.from(value, "base64").length === bytes, `must be ${bytes} bytes, base64-encoded (openssl rand -base64 ${bytes})`);

/** "keyId:base64key" pairs separated by commas; the first encrypts, all decrypt (rotation). */
const encryptionKeys = z.string().transform((value, ctx) => {
  const keys = value
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [id, key] = pair.split(":");
      return { id: id ?? "", key: Buffer.from(key ?? "", "base64") };
    });
  if (!keys.length || keys.some((k) => !/^[\w.-]{1,32}$/.test(k.id) || k.key.length !== 32)) {
    ctx.addIssue({ code: "custom", message: 'must be "keyId:base64-of-32-bytes[,older…]", e.g. "k2026:$(openssl rand -base64 32)"' });
    return z.NEVER;
  }
  return keys;
});

const optionalUrl = z.url().optional();
const intFromString = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Comma-separated IPs, CIDR ranges or loopback/linklocal/uniquelocal; empty trusts no proxy. */
const trustedProxies = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .refine((list) => {
    try {
      proxyAddr.compile(list);
      return true;
    } catch {
      return false;
    }
  }, 'must be comma-separated IP addresses or CIDR ranges, e.g. "10.0.0.0/8,loopback"');

const startupSchema = z.object({
  HARBOR_ENV: z.enum(["development", "test", "production"]).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PORT: intFromString(3000, 1, 65535),
  /** The interface the web server listens on; unset, loopback outside production (see listenHostname). */
  HOSTNAME: z.string().optional(),
  HARBOR_DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: intFromString(54329, 0, 65535),
  /** Port of the loopback LiveKit server `npm start` runs when LIVEKIT_URL is not set (UDP media on port + 2). */
  LIVEKIT_LOCAL_PORT: intFromString(7880, 1, 65533),
  TRUSTED_PROXIES: trustedProxies,
});

const appSchema = startupSchema
  .extend({
    HARBOR_ENV: z.enum(["development", "test", "production"]),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
    NEXTAUTH_URL: optionalUrl,
    /** Where passkeys are used, when it differs from NEXTAUTH_URL (its host name is the passkeys' relying-party id). */
    PASSKEY_ORIGIN: optionalUrl,
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    IDENTIFIER_PEPPER: base64Key(32),
    ENCRYPTION_KEYS: encryptionKeys,
    SESSION_IDLE_MINUTES: intFromString(30, 5, 24 * 60),
    SESSION_MAX_HOURS: intFromString(12, 1, 24 * 14),
    LIVEKIT_URL: z
      .string()
      .regex(/^wss?:\/\//, "must be a ws:// or wss:// URL")
      .optional(),
    LIVEKIT_API_KEY: z.string().min(1).optional(),
    LIVEKIT_API_SECRET: z.string().min(1).optional(),
    /** Set by `npm start` for its children: the file where the loopback LiveKit server's state is written (lib/sessions/local-livekit-state.ts). */
    HARBOR_LOCAL_LIVEKIT: z.string().optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().default("Harbor <no-reply@harbor.local>"),
    /** End-to-end encryption of calls (lib/sessions/call-encryption.ts). "off" only to measure its cost, never in production. */
    CALL_ENCRYPTION: z.enum(["on", "off"]).default("on"),
  })
  .superRefine((env, ctx) => {
    const livekit = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET].filter(Boolean).length;
    if (livekit !== 0 && livekit !== 3) {
      ctx.addIssue({ code: "custom", path: ["LIVEKIT_URL"], message: "set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET together, or none of them" });
    }
    if (env.HARBOR_ENV === "production" && env.CALL_ENCRYPTION === "off") {
      ctx.addIssue({ code: "custom", path: ["CALL_ENCRYPTION"], message: "calls are always encrypted end to end in production: remove CALL_ENCRYPTION=off" });
    }
  });

export type StartupEnv = z.infer<typeof startupSchema>;
export type AppEnv = z.infer<typeof appSchema>;

const GENERATED_SECRETS = ["NEXTAUTH_SECRET", "IDENTIFIER_PEPPER", "ENCRYPTION_KEYS"] as const;

export class EnvError extends Error {
  override name = "EnvError";
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join(".") || "(environment)"}: ${issue.message}`).join("\n");
}

function parseOrExplain<T extends z.ZodType>(schema: T, input: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new EnvError(`Harbor's configuration is invalid:\n${formatIssues(result.error)}\nSee .env.example for every setting.`);
  return result.data;
}

/**
 * The interface the web server listens on: HOSTNAME when set; otherwise every interface in production
 * (a container behind a load balancer) and loopback elsewhere, so a laptop running `npm start` does
 * not offer Harbor, with its demo accounts, to the whole network.
 */
export function listenHostname(settings: Pick<StartupEnv, "HOSTNAME">, source: Record<string, string | undefined> = process.env): string {
  return settings.HOSTNAME ?? (deploymentEnvironment(source) === "production" ? "0.0.0.0" : "127.0.0.1");
}

/** Settings the start script and CLIs need before any database exists. */
export function readStartupEnv(): StartupEnv {
  return parseOrExplain(startupSchema, blankToUndefined(process.env));
}

export function deploymentEnvironment(source: Record<string, string | undefined> = process.env): "development" | "test" | "production" {
  const explicit = source.HARBOR_ENV;
  if (explicit === "development" || explicit === "test" || explicit === "production") return explicit;
  // A server given its own database is a deployment unless it says otherwise.
  return source.NODE_ENV === "production" && source.DATABASE_URL ? "production" : "development";
}

let cached: AppEnv | undefined;

/** The application's settings; parsed on first use so `next build` never needs secrets. */
export function env(): AppEnv {
  if (cached) return cached;
  const source = blankToUndefined(process.env);
  const harborEnv = deploymentEnvironment(source);
  const missing = GENERATED_SECRETS.filter((name) => !source[name]);
  if (missing.length && harborEnv !== "production") {
    const generated = localSecrets(source.HARBOR_DATA_DIR ?? ".data");
    for (const name of missing) source[name] = generated[name];
  } else if (missing.length) {
    throw new EnvError(
      `Harbor's configuration is invalid:\n${missing.map((name) => `  ${name}: required in production`).join("\n")}\nSee .env.example; outside production set HARBOR_ENV=development to have them generated.`,
    );
  }
  cached = parseOrExplain(appSchema, { ...source, HARBOR_ENV: harborEnv });
  return cached;
}

/** Secrets generated on first use and kept under the data directory (git-ignored). */
function localSecrets(dataDir: string): Record<(typeof GENERATED_SECRETS)[number], string> {
  const file = path.resolve(dataDir, "secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    const secrets = {
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      IDENTIFIER_PEPPER: randomBytes(32).toString("base64"),
      ENCRYPTION_KEYS: `local1:${randomBytes(32).toString("base64")}`,
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written aside, then hard-linked into place: link fails if another process won the race,
    // and nobody ever reads a half-written file.
    const staging = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(staging, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    try {
      fs.linkSync(staging, file);
      return secrets;
    } catch {
      return JSON.parse(fs.readFileSync(file, "utf8"));
    } finally {
      fs.rmSync(staging, { force: true });
    }
  }
}

function blankToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]));
}
