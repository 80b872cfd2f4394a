import { describe, expect, it } from "vitest";
import { maskNir, validateNir, validateRpps } from "../../src/index.js";
import { nirKey, redactNirs } from "../../src/identifiers/nir.js";

const withKey = (number13: string, numeric = number13) => number13 + String(97 - Number(BigInt(numeric) % 97n)).padStart(2, "0");

describe("validateNir details", () => {
  it("returns the parts of an ordinary NIR", () => {
    expect(validateNir("185057800608491")).toEqual({ ok: true, value: { number: "1850578006084", key: "91", kind: "normal" } });
    expect(validateNir(withKey("2850578006084"))).toMatchObject({ ok: true, value: { kind: "normal" } });
  });
  it("computes Corsican keys with 2A → 19 and 2B → 18", () => {
    const corsicaB = withKey("180122B004123", "1801218004123");
    expect(nirKey("180122B004123")).toBe(Number(corsicaB.slice(13)));
    expect(validateNir(corsicaB)).toMatchObject({ ok: true, value: { number: "180122B004123" } });
    expect(validateNir(withKey("180122A004123", "1801219004123"))).toMatchObject({ ok: true });
  });
  it("recognises suffixes 041, 042 and 023 only, at the start of the number only", () => {
    expect(validateNir(withKey("2555555911041"))).toMatchObject({ value: { kind: "fictitious", fictitiousContext: "anonymous-minor-contraception" } });
    expect(validateNir(withKey("2555555911099"))).toEqual({ ok: true, value: { number: "2555555911099", key: withKey("2555555911099").slice(13), kind: "normal" } });
    expect(validateNir(withKey("7255555591104"))).toMatchObject({ value: { kind: "provisional" } });
    expect(validateNir(withKey("5850578006084"))).toMatchObject({ value: { kind: "provisional" } });
    expect(validateNir(withKey("155555591"+"1023"))).toMatchObject({ value: { kind: "fictitious", fictitiousContext: "covid-without-nir" } });
  });
  it("names the expected key with two digits", () => {
    const number = "1850578006084";
    expect(validateNir(`${number}90`)).toEqual({ ok: false, problem: "key", reason: "the key does not match the number: read the card again rather than change the key" });
  });
  it("rejects extra characters around a NIR", () => {
    expect(validateNir("1850578006084910").ok).toBe(false);
    expect(validateRpps("A0000000306").ok).toBe(false);
    expect(validateRpps("1000000030A").ok).toBe(false);
  });
});

describe("maskNir and redactNirs details", () => {
  it("masks short inputs whole, at least three stars", () => {
    expect(maskNir("12")).toBe("***");
    expect(maskNir("123456")).toBe("******");
    expect(maskNir("1234567")).toBe("1 23 45 67 *** *** **");
  });
  it("keeps 13-digit product codes but masks a 15-digit number even if it starts with 340", () => {
    // A real CIP13 (EAN-13 check digit right) stays; the same digits with a wrong check digit may be a NIR.
    expect(redactNirs("3400935955838")).toBe("3400935955838");
    expect(redactNirs("3400935955839")).toBe("3 40 09 35 *** *** **");
    expect(redactNirs("CIP 3400 935 955 838")).toBe("CIP 3 40 09 35 *** *** **");
    expect(redactNirs("x 340093595583812 y")).toBe("x 3 40 09 35 *** *** ** y");
    expect(redactNirs("2400935955838")).toBe("2 40 09 35 *** *** **");
  });
});
