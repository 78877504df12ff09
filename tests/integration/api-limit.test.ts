import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiCallerKey, limitApiCall } from "@/lib/http/api-limit";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/security/rate-limit";

const api = (headers: Record<string, string>) => new Request("http://harbor.test/api/v1/psychologists", { headers });
const fromAddress = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });

describe("the JSON API's cap per caller", () => {
  it("counts a signed-in person by their account, a token by itself, anyone else by their address", async () => {
    const userId = randomUUID();
    const token = await encode({ token: { sub: userId }, secret: env().NEXTAUTH_SECRET });
    const cookie = `${sessionCookie().name}=${token}`;
    // The same person from two networks is one caller; two people behind one office address are two.
    expect(await apiCallerKey(api({ cookie, ...fromAddress("203.0.113.1") }))).toBe(`user:${userId}`);
    expect(await apiCallerKey(api({ cookie, ...fromAddress("198.51.100.7") }))).toBe(`user:${userId}`);
    expect(await apiCallerKey(api({ authorization: "Bearer hr-token-1", ...fromAddress("203.0.113.1") }))).toMatch(/^token:/);
    // A forged cookie is nobody: the address counts.
    expect(await apiCallerKey(api({ cookie: `${sessionCookie().name}=forged`, ...fromAddress("203.0.113.1") }))).toBe("address:203.0.113.1");
  });

  it("refuses exactly the calls over the cap when they arrive at once, with Retry-After, and no one else's", async () => {
    const headers = fromAddress(`192.0.2.${Math.floor(Math.random() * 250) + 1}`);
    const cap = LIMITS.apiCallsPerCaller.points;
    const outcomes = await Promise.all(
      Array.from({ length: cap + 30 }, () =>
        limitApiCall(api(headers)).then(
          () => "ok",
          (e: unknown) => e,
        ),
      ),
    );
    const refused = outcomes.filter((o): o is AppError => o instanceof AppError);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(cap);
    expect(refused).toHaveLength(30);
    expect(refused.every((e) => e.code === "rate_limited" && Number(e.details?.retryAfterSeconds) > 0)).toBe(true);
    await limitApiCall(api({ authorization: `Bearer ${randomUUID()}`, ...headers }));
  });
});
