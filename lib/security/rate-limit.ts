/**
 * Rate limits shared by every server process, counted in Postgres (rate-limiter-flexible).
 * Protects registration against identifier enumeration: failures per address, and per tenant, so a
 * distributed guesser is slowed too (successes are not limited: a whole office registers from one
 * address the morning the programme is announced). Caps booking changes per employee, so a book-and-cancel
 * loop cannot flood a psychologist's inbox. Caps password-change attempts, so a session left open
 * cannot be used to guess the account's password. Caps failed sign-ins per account and per address,
 * so passwords cannot be guessed by brute force (lib/auth/sign-in). Caps password-reset e-mails, so
 * nobody's inbox can be flooded from the "forgot your password" page. Caps chat messages per sender,
 * and every JSON API call per caller (lib/http/api-limit), so a script cannot flood a conversation
 * or the API as a whole.
 *
 * Addresses come from lib/http/client-address: the socket's peer, or what trusted proxies say.
 * Keys are e-mail and network addresses, so the table stores only their blind index (a dump of
 * rate_limits must not list who tried to sign in from where).
 */
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { blindIndex } from "@/lib/crypto/blind-index";
import { pgPool } from "@/lib/db/pg-pool";
import { AppError } from "@/lib/errors";

export const LIMITS = {
  registrationFailuresPerAddress: { points: 10, duration: 15 * 60 },
  registrationFailuresPerTenant: { points: 60, duration: 60 * 60 },
  bookingChangesPerEmployee: { points: 60, duration: 60 * 60 },
  passwordChangesPerUser: { points: 10, duration: 15 * 60 },
  signInFailuresPerAccount: { points: 10, duration: 15 * 60 },
  signInFailuresPerAddress: { points: 100, duration: 15 * 60 },
  /** "Forgot your password": per typed address whether an account has it or not (so a refusal says nothing), and per network address. */
  passwordResetRequestsPerEmail: { points: 3, duration: 60 * 60 },
  passwordResetRequestsPerAddress: { points: 20, duration: 60 * 60 },
  /** Wrong authenticator or recovery codes: a million six-digit codes must not be worth trying. */
  secondFactorFailuresPerAccount: { points: 5, duration: 15 * 60 },
  /** Call tokens: a session's joins and rejoins after drops need a handful; a loop minting tokens is stopped. */
  callTokensPerUser: { points: 30, duration: 10 * 60 },
  /** Passkey sign-in challenges: each is a stored row, so anonymous callers may not mint them without end. */
  passkeyChallengesPerAddress: { points: 60, duration: 15 * 60 },
  /** Passkey answers that do not verify, per network address (a passkey names no account before it verifies). */
  passkeySignInFailuresPerAddress: { points: 30, duration: 15 * 60 },
  /** Chat messages per sender: a quick typist sends one every few seconds; a script looping on send is stopped. */
  chatMessagesPerSender: { points: 30, duration: 60 },
  /** "Running late" marks per session: each leaves the client a notification, so a loop must not flood them. */
  runningLateMarksPerSession: { points: 5, duration: 60 * 60 },
  /** Staff materials (each poster is a PDF rendered on request): a person making materials needs a few a minute. */
  materialsPerUser: { points: 30, duration: 60 },
  /** Every JSON API call per caller (lib/http/api-limit): ten a second, sustained for a minute, is more than any page makes. */
  apiCallsPerCaller: { points: 600, duration: 60 },
} as const;

type LimitName = keyof typeof LIMITS;
const limiters = new Map<LimitName, RateLimiterPostgres>();

function limiter(name: LimitName): RateLimiterPostgres {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterPostgres({
      storeClient: pgPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, existing);
  }
  return existing;
}

function storedKey(key: string): string {
  return Buffer.from(blindIndex("rate-limit", key)).toString("base64url");
}

/** Spends one attempt; throws a clear 429 when none are left (messageKey takes the wait in {minutes}). */
export async function consume(name: LimitName, key: string, messageKey: string): Promise<void> {
  try {
    await limiter(name).consume(storedKey(key));
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError("rate_limited", messageKey, { retryAfterSeconds: seconds, params: { minutes: Math.ceil(seconds / 60) } });
    }
    throw error;
  }
}

export type Reservation = { allowed: true; refund(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one attempt before the expensive work, in one atomic statement, so thirty requests sent at
 * once are counted like thirty sent one after another: the eleventh of a limit of ten is refused
 * whatever the timing. The caller refunds the attempt when it turns out not to count (a success).
 */
export async function reserve(name: LimitName, key: string): Promise<Reservation> {
  try {
    const stored = storedKey(key);
    await limiter(name).consume(stored);
    return { allowed: true, refund: async () => void (await limiter(name).reward(stored, 1)) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}

/** reserve(), throwing the same clear 429 as consume() when none are left; returns the refund. */
export async function reserveOrRefuse(name: LimitName, key: string, messageKey: string): Promise<() => Promise<void>> {
  const reservation = await reserve(name, key);
  if (!reservation.allowed) {
    const seconds = reservation.retryAfterSeconds;
    throw new AppError("rate_limited", messageKey, { retryAfterSeconds: seconds, params: { minutes: Math.ceil(seconds / 60) } });
  }
  return reservation.refund;
}

/** Forgets the key's spent attempts (a correct password clears the account's failures). */
export async function forgive(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(storedKey(key));
}
