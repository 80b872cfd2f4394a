import { describe, expect, it } from "vitest";
import { progressLine } from "../../src/cli/progress.js";

describe("the progress line of a long run", () => {
  it("tells the count and the rate in the run's language, and the time left when the share read is known", () => {
    expect(progressLine("en", 40_000, 5_000, 0.25)).toBe("40,000 invoices checked (8,000/s), about 15 s left…");
    expect(progressLine("fr", 40_000, 5_000, 0.25)).toBe("40\u202f000 factures contrôlées (8\u202f000/s), environ 15 s restantes…");
    expect(progressLine("en", 1_000_000, 100_000, 0.2)).toBe("1,000,000 invoices checked (10,000/s), about 7 min left…");
    expect(progressLine("en", 10_000, 60_000, 0.01)).toBe("10,000 invoices checked (167/s), about 1 h 39 left…");
  });
  it("says no time left when the share read is not known (stdin, a directory, .json files)", () => {
    expect(progressLine("en", 20_000, 2_000, undefined)).toBe("20,000 invoices checked (10,000/s)…");
    expect(progressLine("en", 20_000, 2_000, 1)).toBe("20,000 invoices checked (10,000/s)…");
  });
});
