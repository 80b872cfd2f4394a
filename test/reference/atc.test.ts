import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atcStartsWith, upperAtc } from "../../src/reference/atc.js";

describe("ATC codes in capitals", () => {
  it("upperAtc is toUpperCase, for any text (accents, ß and other scripts included)", () => {
    const unit = fc.constantFrom(..."N05BA04n05ba04G03AJ07éßİıǅ -_/".split(""));
    fc.assert(fc.property(fc.oneof(fc.string({ unit }), fc.string()), (text) => upperAtc(text) === text.toUpperCase()));
    // A code already in capitals is answered as it is, not copied.
    const code = "N05BA04";
    expect(upperAtc(code)).toBe(code);
  });

  it("atcStartsWith reads a prefix in whatever case the code was sent, and nothing when none was", () => {
    expect(atcStartsWith("G03AA07", "G03A")).toBe(true);
    expect(atcStartsWith("g03aa07", "G03A")).toBe(true);
    expect(atcStartsWith("G03BA03", "G03A")).toBe(false);
    expect(atcStartsWith(undefined, "G03A")).toBe(false);
    expect(atcStartsWith("", "G03A")).toBe(false);
  });
});
