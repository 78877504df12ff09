import { describe, expect, it } from "vitest";
import { inEnglish } from "../support/in-english";
import { db } from "@/lib/db/client";
import { setMyTimeZone } from "@/lib/i18n/set-time-zone";
import { timeZoneOptions } from "@/lib/i18n/time-zones";
import { actorOf, createTenant, createUser } from "../support/factories";

describe("time zone preference", () => {
  it("stores a valid IANA zone for the person and refuses anything else", async () => {
    const tenant = await createTenant();
    const user = await createUser({ role: "employee", tenant });
    await setMyTimeZone(actorOf(user), "Asia/Tokyo");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("Asia/Tokyo");
    expect(await inEnglish(await setMyTimeZone(actorOf(user), "Mars/Olympus_Mons").catch((e: unknown) => e))).toBe("Choose a time zone from the list.");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).timeZone).toBe("Asia/Tokyo");
  });

  it("always offers UTC and the saved zone, which the runtime's list may lack", () => {
    const options = timeZoneOptions("Etc/GMT+3");
    expect(options).toContain("UTC");
    expect(options).toContain("Etc/GMT+3");
    expect(options).toContain("Europe/Helsinki");
  });
});
