/** A German site writes its dates, numbers, periods and counts the German way. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { partialDateSchema } from "@/lib/content/schema";
import { contextLabel, dateLabel, evidenceLabel, periodLabel, roleLabel, yearsLabel } from "@/lib/format";
import { listed } from "@/lib/i18n";

const day = (written: string) => partialDateSchema.parse(written);

describe("in German", () => {
  beforeEach(() => {
    process.env.SITE_LOCALE = "de_DE";
  });
  afterEach(() => {
    process.env.SITE_LOCALE = "en_US";
  });

  it("names months and periods in German", () => {
    expect(dateLabel(day("2021-03"))).toBe("März 2021");
    expect(periodLabel({ start: day("2021-03"), current: true })).toBe("seit März 2021");
    expect(periodLabel({ start: day("2019"), end: day("2021-12") })).toBe("2019 – Dez. 2021");
    expect(periodLabel({ end: day("2020") })).toBe("bis 2020");
  });

  it("writes numbers with a decimal comma and counts in German", () => {
    expect(yearsLabel({ value: 2.5, orMore: false })).toBe("2,5 Jahre");
    expect(yearsLabel({ value: 1, orMore: false })).toBe("1 Jahr");
    expect(yearsLabel({ value: 3, orMore: true })).toBe("3+ Jahre");
    expect(evidenceLabel({ projects: 1, achievements: 2 })).toBe("1 Projekt · 2 Ergebnisse");
  });

  it("words contexts, roles and lists in German", () => {
    expect(contextLabel({ context: "personal" })).toBe("Eigenes Projekt");
    expect(roleLabel({ role: "Mentorin", volunteer: true })).toBe("Mentorin (ehrenamtlich)");
    expect(listed(["Jo", "Ada", "Alan"])).toBe("Jo, Ada und Alan");
  });
});

describe("in English", () => {
  it("names months and periods in English", () => {
    expect(dateLabel(day("2021-03"))).toBe("Mar 2021");
    expect(periodLabel({ start: day("2021-03"), current: true })).toBe("Mar 2021 – present");
    expect(yearsLabel({ value: 2.5, orMore: false })).toBe("2.5 years");
    expect(listed(["Jo", "Ada", "Alan"])).toBe("Jo, Ada and Alan");
  });
});
