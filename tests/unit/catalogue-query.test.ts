import { describe, expect, it } from "vitest";
import { parseCatalogueLink } from "@/lib/catalogue/catalogue-query";

const offer = { directions: ["psychology", "legal"], formats: ["video"] };

describe("parseCatalogueLink", () => {
  it("keeps the valid filters of a link and drops only the invalid or out-of-programme ones", () => {
    const { query, ignored } = parseCatalogueLink(
      { topic: "sleep", language: ["fi", "en"], withinDays: "999", sort: "cheapest", direction: "financial", format: "chat", colour: "blue" },
      offer,
    );
    expect(query).toEqual({ topic: "sleep", language: "fi", sort: "nearest", page: 1 });
    expect(ignored).toBe(true);
  });

  it("says nothing was ignored for a clean link, and treats empty values as no filter", () => {
    expect(parseCatalogueLink({ direction: "legal", format: "video", gender: "", page: "2", sort: "rating" }, offer)).toEqual({
      query: { direction: "legal", format: "video", page: 2, sort: "rating" },
      ignored: false,
    });
  });
});
