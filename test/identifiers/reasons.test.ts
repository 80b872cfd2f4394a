import { describe, expect, it } from "vitest";
import { validateAmNumber, validateCip13, validateFiness, validateRpps } from "../../src/index.js";

// Callers show `reason` and branch on `problem`: both are part of the contract.
describe("failure reasons and problems", () => {
  it.each([
    [validateAmNumber, 991086265, "format", "the n° AM must be a string"],
    [validateAmNumber, "99108626", "format", "the n° AM must have 8 digits and a key (9 digits)"],
    [validateAmNumber, "9910862650", "format", "the n° AM must have 8 digits and a key (9 digits)"],
    [validateAmNumber, "991086264", "key", "the Luhn key does not match (expected 5)"],
    [validateRpps, 10000000306, "format", "the RPPS number must be a string"],
    [validateRpps, "1000000030", "format", "the RPPS number must have exactly 11 digits"],
    [validateRpps, "100000003066", "format", "the RPPS number must have exactly 11 digits"],
    [validateRpps, "10000000307", "key", "the Luhn key does not match (expected 6)"],
    [validateFiness, 750712184, "format", "the FINESS number must be a string"],
    [validateFiness, "X750712184", "format", "the FINESS number must have 9 characters: a département (digits, 2A or 2B) then 7 digits"],
    [validateFiness, "7507121841", "format", "the FINESS number must have 9 characters: a département (digits, 2A or 2B) then 7 digits"],
    [validateFiness, "75071218", "format", "the FINESS number must have 9 characters: a département (digits, 2A or 2B) then 7 digits"],
    [validateFiness, "2C0000012", "format", "the FINESS number must have 9 characters: a département (digits, 2A or 2B) then 7 digits"],
    [validateFiness, "750712185", "key", "the Luhn key does not match (expected 4)"],
    [validateCip13, 3400935955838, "format", "the CIP13 code must be a string"],
    [validateCip13, "340093595583", "format", "the CIP13 code must have exactly 13 digits"],
    [validateCip13, "5400935955838", "format", "a CIP13 drug code starts with 3400"],
    [validateCip13, "3400935955837", "key", "the EAN-13 key does not match (expected 8)"],
  ] as const)("%o(%j) fails on %s: %s", (validator, input, problem, reason) => {
    expect(validator(input as never)).toEqual({ ok: false, problem, reason });
  });

  it("accepts lower-case Corsican FINESS and separators", () => {
    expect(validateFiness("2b 000 0012")).toEqual({ ok: true, value: { number: "2B0000012", keyChecked: false } });
    expect(validateRpps("100 000 003 06")).toEqual({ ok: true, value: "10000000306" });
  });
});
