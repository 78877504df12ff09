/**
 * A person's name is inserted as written, in the nominative; after a Russian preposition it would have
 * to be declined ("Переписка с Дмитрием Орловым"), which a placeholder cannot do. Such strings put the
 * name after a separator or a noun that does not decline it ("Переписка · Дмитрий Орлов").
 */
import { describe, expect, it } from "vitest";
import ru from "@/messages/ru.json";

const NAME_PARAMS = /(?:^|[\s(«"])(?:с|со|у|от|для|к|ко|о|об|про|без|при)\s+\{(name|psychologist|client|alias|employee|specialist)\}/i;

function strings(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === "string") return [[path.join("."), node]];
  if (node && typeof node === "object") return Object.entries(node).flatMap(([key, value]) => strings(value, [...path, key]));
  return [];
}

describe("Russian messages", () => {
  it("never put a person's name where Russian would decline it", () => {
    expect(strings(ru).filter(([, text]) => NAME_PARAMS.test(text))).toEqual([]);
  });

  it("use different words for signing out and for leaving a call", () => {
    expect(ru.common.signOut).not.toBe(ru.call.leave);
  });
});
