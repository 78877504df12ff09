import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";

describe("negotiateLocale", () => {
  it("prefers the person's choice, then the employer's language, then the browser's, then English", () => {
    expect(negotiateLocale({ account: "ru", cookie: "en", tenant: "en", acceptLanguage: "en" })).toBe("ru");
    expect(negotiateLocale({ cookie: "ru", tenant: "en", acceptLanguage: "en" })).toBe("ru");
    expect(negotiateLocale({ tenant: "ru", acceptLanguage: "en-US" })).toBe("ru");
    expect(negotiateLocale({ acceptLanguage: "ru-RU,ru;q=0.9,en-US;q=0.8" })).toBe("ru");
    expect(negotiateLocale({ acceptLanguage: "fi-FI,fi;q=0.9" })).toBe("en");
    expect(negotiateLocale({})).toBe("en");
  });

  it("ignores values it does not speak", () => {
    expect(negotiateLocale({ account: "de", cookie: "<script>", tenant: "fi", acceptLanguage: "de, ru;q=0.5" })).toBe("ru");
  });
});
