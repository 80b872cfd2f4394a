import { describe, expect, it } from "vitest";
import {
  maskNir,
  nirKey,
  redactNirs,
  validateAmNumber,
  validateCip13,
  validateFiness,
  validateNir,
  validateRpps,
} from "../../src/identifiers/index.js";
import { isDigits } from "../../src/identifiers/checksums.js";

// Test vectors of facts §14, computed from the published algorithms and real codes.
describe("facts §14 test vectors", () => {
  it.each([
    ["2555555911042", 74],
    ["1850578006084", 91],
    ["180122A004123", 25],
  ])("NIR %s has key %i", (number, key) => {
    expect(nirKey(number)).toBe(key);
    expect(validateNir(`${number}${String(key).padStart(2, "0")}`).ok).toBe(true);
  });

  it.each(["991086265", "990781056", "911999993", "291990869"])("n° AM %s is valid", (number) => {
    expect(validateAmNumber(number)).toEqual({ ok: true, value: number });
  });

  it("accepts the ameli notation 91199999/3", () => {
    expect(validateAmNumber("91199999/3")).toEqual({ ok: true, value: "911999993" });
  });

  it.each(["750712184", "330781196"])("FINESS %s is valid", (number) => {
    expect(validateFiness(number)).toEqual({ ok: true, value: { number, keyChecked: true } });
  });

  it("RPPS 10000000306 is valid", () => {
    expect(validateRpps("10000000306")).toEqual({ ok: true, value: "10000000306" });
  });

  it.each(["3400935955838", "3400930000120"])("CIP13 %s is a valid pack code", (code) => {
    expect(validateCip13(code)).toEqual({ ok: true, value: { code, kind: "pack" } });
  });
});

describe("validateNir", () => {
  it("recognises the fictitious patterns of anonymous care", () => {
    const minor = validateNir("255555591104274");
    expect(minor.ok && minor.value).toMatchObject({ kind: "fictitious", fictitiousContext: "anonymous-minor-contraception" });
    const covid = `1555555911023${String(nirKey("1555555911023")).padStart(2, "0")}`;
    const result = validateNir(covid);
    expect(result.ok && result.value).toMatchObject({ kind: "fictitious", fictitiousContext: "covid-without-nir" });
  });

  it("classifies first digits 7 and 8 as provisional (NIA)", () => {
    const number = "7850578006084";
    const result = validateNir(`${number}${String(nirKey(number)).padStart(2, "0")}`);
    expect(result.ok && result.value.kind).toBe("provisional");
  });

  it("accepts spaces as printed on the card", () => {
    expect(validateNir("1 85 05 78 006 084 91").ok).toBe(true);
  });

  it.each([
    [185057800608491, "must be a string"],
    ["18505780060849", "15 in all"],
    ["985057800608491", "start with 1–8"],
    ["185057800608492", "the key does not match"],
    ["18505X800608491", "start with 1–8"],
  ])("rejects %s", (input, reason) => {
    const result = validateNir(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

describe("other validators reject what they must", () => {
  it("FINESS of Corsica is accepted without a key check", () => {
    expect(validateFiness("2A0000012")).toEqual({ ok: true, value: { number: "2A0000012", keyChecked: false } });
  });
  it.each([
    [validateRpps, "1000000030"],
    [validateRpps, "10000000307"],
    [validateAmNumber, "99108626"],
    [validateAmNumber, "991086264"],
    [validateFiness, "750712185"],
    [validateFiness, "7507121"],
    [validateCip13, "3400935955837"],
    [validateCip13, "5400935955838"],
    [validateCip13, "340093595583"],
  ] as const)("%o rejects %s", (validator, input) => {
    expect(validator(input).ok).toBe(false);
  });
  it("flags UCD13 codes (34008) as not a pack", () => {
    const ucd = "340089" + "000001";
    const key = (10 - ([...ucd].reduce((sum, digit, index) => sum + Number(digit) * (index % 2 ? 3 : 1), 0) % 10)) % 10;
    expect(validateCip13(ucd + key)).toEqual({ ok: true, value: { code: ucd + key, kind: "ucd" } });
  });
  it("reads only digits, from the first character to the last, as digits of the length asked", () => {
    expect(isDigits("1234", 4)).toBe(true);
    for (const text of ["a234", "123a", "12 4", "１２３４"]) expect(isDigits(text, 4), text).toBe(false);
    expect(isDigits("1234", 5)).toBe(false);
  });
  it("never throws on non-strings", () => {
    for (const validator of [validateNir, validateRpps, validateAmNumber, validateFiness, validateCip13]) {
      for (const input of [undefined, null, 12, {}, [], true]) expect(validator(input).ok).toBe(false);
    }
  });
});

describe("masking", () => {
  it("keeps sex, year, month and département only", () => {
    expect(maskNir("185057800608491")).toBe("1 85 05 78 *** *** **");
    expect(maskNir(42)).toBe("***");
  });
  it("redacts NIRs in free text, spaced or not, with or without key", () => {
    expect(redactNirs("patient 1 85 05 78 006 084 91 ok")).toBe("patient 1 85 05 78 *** *** ** ok");
    expect(redactNirs("x185057800608491y")).not.toContain("006084");
    expect(redactNirs("NIR 1850578006084")).toBe("NIR 1 85 05 78 *** *** **");
    expect(redactNirs("1 80 12 2A 004 123 25")).toBe("1 80 12 2A *** *** **");
  });
  it("leaves other numbers alone", () => {
    expect(redactNirs("CIP 3400935955838 at 1.07 €")).toBe("CIP 3400935955838 at 1.07 €");
  });
});

describe("a NIR whose key does not match", () => {
  it("is not told the key that would fit: a key changed to fit a mistyped number is someone else's NIR", () => {
    const result = validateNir("185057800608492");
    expect(!result.ok && result.reason).not.toMatch(/91/);
  });
});
