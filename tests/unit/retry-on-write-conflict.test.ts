import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { retryOnWriteConflict } from "@/lib/booking/overlap-error";

const deadlock = () =>
  new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict or a deadlock", { code: "P2034", clientVersion: "test" });

describe("retryOnWriteConflict", () => {
  it("runs a deadlock victim again, and gives up after the last attempt", async () => {
    let calls = 0;
    expect(await retryOnWriteConflict(async () => (++calls < 3 ? Promise.reject(deadlock()) : "booked"))).toBe("booked");
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      retryOnWriteConflict(async () => {
        calls++;
        throw deadlock();
      }),
    ).rejects.toMatchObject({ code: "P2034" });
    expect(calls).toBe(3);
  });

  it("never retries any other error", async () => {
    let calls = 0;
    await expect(
      retryOnWriteConflict(async () => {
        calls++;
        throw new Error("overlap");
      }),
    ).rejects.toThrow("overlap");
    expect(calls).toBe(1);
  });
});
