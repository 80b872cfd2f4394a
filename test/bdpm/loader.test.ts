import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BdpmFormatError, createReferential, loadBdpm } from "../../src/bdpm/index.js";
import { readBdpmFolder } from "../../src/bdpm/node.js";
import { parsePrice, parseRate } from "../../src/bdpm/text.js";
import { filesOf, FIXTURE_PUBLISHED_ON, sharedBdpmDirectory, sharedSnapshot } from "../support/bdpm.js";

const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const CIP_ROW = (cip13: string, rate: string, price: string) => `60234100\t3595583\tplaquette(s) de 8 comprimé(s)\tPrésentation active\tDéclaration de commercialisation\t13/01/2003\t${cip13}\toui\t${rate}\t${price}\t2,09\t1,02\t\n`;

describe("loadBdpm on the official files of 2026-01-28", () => {
  it("reads every presentation, in the encodings and line ends as published, in bounded time and memory", () => {
    const files = filesOf(sharedBdpmDirectory());
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const snapshot = loadBdpm(files, { publishedOn: FIXTURE_PUBLISHED_ON });
    const elapsed = performance.now() - started;
    expect(snapshot.presentations.size).toBe(20_875);
    expect(snapshot.files).toEqual(["CIS_CIP_bdpm.txt", "CIS_bdpm.txt", "CIS_CPD_bdpm.txt", "CIS_GENER_bdpm.txt", "CIS_MITM.txt"]);
    expect(snapshot.problems.filter((problem) => problem.line > 0)).toEqual([]);
    // Generous for a loaded CI machine: about 250 ms on this one (npm run bench measures it).
    expect(elapsed).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(120 * 1_048_576);
  });

  it("gives the facts of the README's checks", () => {
    const { presentations } = sharedSnapshot();
    const doliprane = presentations.get("3400935955838")!;
    expect(doliprane).toMatchObject({ ratePercent: 65, price: "1.07", reimbursed: true, list: "none", name: "DOLIPRANE 1000 mg, comprimé", marketed: true });
    const byName = (start: string) => [...presentations.values()].find((facts) => facts.name?.startsWith(start))!;
    expect(byName("SKENAN L.P. 200 mg").list).toBe("stupefiant");
    expect(byName("XANAX 0,25 mg").list).toBe("I");
    expect(byName("LEVOTHYROX").list).toBe("II");
    // Windows-1252 read as such: accents, and the ’ that is not in Latin-1.
    expect([...presentations.values()].some((facts) => facts.name?.includes("é"))).toBe(true);
    // Thousands commas: 1,195,27 is 1195.27 €.
    expect(presentations.get("3400927849688")?.price).toBe("1195.27");
    expect(presentations.get("3400956369553")).toMatchObject({ reimbursed: false });
    expect(presentations.get("3400956369553")?.ratePercent).toBeUndefined();
  });

  it("agrees with presentations.csv on the rate, price and list of every CIP13", () => {
    const csv = readFileSync(join(sharedBdpmDirectory(), "../presentations.csv"), "utf8").trim().split("\n");
    const header = csv[0]!.split(",");
    const column = (name: string) => header.indexOf(name);
    // The CSV quotes fields with commas: a small reader of its quoting.
    const fieldsOf = (line: string): string[] => {
      const fields: string[] = [];
      let current = "";
      let quoted = false;
      for (let index = 0; index < line.length; index++) {
        const character = line[index]!;
        if (character === '"') {
          if (quoted && line[index + 1] === '"') {
            current += '"';
            index++;
          } else quoted = !quoted;
        } else if (character === "," && !quoted) {
          fields.push(current);
          current = "";
        } else current += character;
      }
      fields.push(current);
      return fields;
    };
    const rows = csv.slice(1).map(fieldsOf);
    expect(rows).toHaveLength(20_875);
    const { presentations } = sharedSnapshot();
    fc.assert(
      fc.property(fc.constantFrom(...rows), (row) => {
        const facts = presentations.get(row[column("cip13")]!)!;
        expect(facts).toBeDefined();
        const rate = row[column("rate")]!;
        expect(facts.ratePercent).toBe(rate === "" ? undefined : Number(rate.replace("%", "")));
        const price = row[column("price_eur")]!;
        expect(facts.price).toBe(price === "" ? undefined : price);
        expect(facts.list).toBe(row[column("list")]);
        expect(facts.hospitalOnly).toBe(row[column("hospital_only")] === "yes");
      }),
      { numRuns: 3_000 },
    );
  });

  it("reads a folder with readBdpmFolder", async () => {
    const snapshot = await readBdpmFolder(sharedBdpmDirectory(), { publishedOn: FIXTURE_PUBLISHED_ON });
    expect(snapshot.presentations.size).toBe(20_875);
  });
});

describe("loadBdpm on broken and partial files", () => {
  it("reports a malformed row (file, line, reason) and skips it, never throws", () => {
    const snapshot = loadBdpm(
      {
        "CIS_CIP_bdpm.txt": utf8(`${CIP_ROW("3400935955838", "65%", "1,07")}${CIP_ROW("3400935955839", "65%", "1,07")}${CIP_ROW("3400935955845", "abc", "1,07")}${CIP_ROW("3400935955852", "65 %", "1.0.7")}not a row\n`),
      },
      { publishedOn: "2026-01-28" },
    );
    expect(snapshot.presentations.size).toBe(1);
    expect(snapshot.problems).toEqual([
      { file: "CIS_CIP_bdpm.txt", line: 5, reason: "1 column(s), 12 expected" },
      { file: "CIS_CIP_bdpm.txt", line: 2, reason: '"3400935955839" is not a CIP13' },
      { file: "CIS_CIP_bdpm.txt", line: 3, reason: 'rate "abc" is not a percentage' },
      { file: "CIS_CIP_bdpm.txt", line: 4, reason: 'price "1.0.7" is not an amount in euros' },
    ]);
  });

  it("leaves unknown what a missing file would tell, never \"none\"", () => {
    const snapshot = loadBdpm({ "CIS_CIP_bdpm.txt": utf8(CIP_ROW("3400935955838", "65 %", "1,07")) }, { publishedOn: "2026-01-28" });
    const facts = snapshot.presentations.get("3400935955838")!;
    expect(facts).toMatchObject({ ratePercent: 65, price: "1.07" });
    for (const unknown of ["list", "hospitalOnly", "prescriptionConditions", "genericGroups", "atc", "name"] as const) expect(facts[unknown]).toBeUndefined();
    expect(snapshot.files).toEqual(["CIS_CIP_bdpm.txt"]);
  });

  it("refuses, with a clear error, a file that is not the BDPM file its name says, or a snapshot without presentations", () => {
    expect(() => loadBdpm({ "CIS_CIP_bdpm.txt": utf8("hello,world\nthis is a csv\n") }, { publishedOn: "2026-01-28" })).toThrow(BdpmFormatError);
    expect(() => loadBdpm({ "CIS_CIP_bdpm.txt": utf8("hello,world\n") }, { publishedOn: "2026-01-28" })).toThrow("CIS_CIP_bdpm.txt is not a BDPM file");
    expect(() => loadBdpm({ "CIS_bdpm.txt": latin1("60234100\tDOLIPRANE\n") }, { publishedOn: "2026-01-28" })).toThrow("a BDPM snapshot needs CIS_CIP_bdpm.txt");
    expect(() => loadBdpm({}, { publishedOn: "28/01/2026" })).toThrow(TypeError);
    const ignored = loadBdpm({ "CIS_CIP_bdpm.txt": utf8(CIP_ROW("3400935955838", "65%", "1,07")), "notes.txt": utf8("x") }, { publishedOn: "2026-01-28" });
    expect(ignored.problems).toEqual([{ file: "notes.txt", line: 0, reason: "not a file the referential reads: ignored" }]);
  });

  it("reads prices and rates as published", () => {
    expect(parsePrice("24,34")).toBe("24.34");
    expect(parsePrice("1,394,44")).toBe("1394.44");
    expect(parsePrice("0,5")).toBe("0.50");
    expect(parsePrice("12")).toBe("12.00");
    expect(parsePrice("")).toBeUndefined();
    expect(parsePrice("12.5")).toBeNull();
    expect(parseRate("65%")).toBe(65);
    expect(parseRate("65 %")).toBe(65);
    expect(parseRate("")).toBeUndefined();
    expect(parseRate("165%")).toBeNull();
  });
});

describe("createReferential", () => {
  const snapshot = (publishedOn: string, price: string) => loadBdpm({ "CIS_CIP_bdpm.txt": utf8(CIP_ROW("3400935955838", "65%", price)) }, { publishedOn });
  const referential = createReferential([snapshot("2026-02-25", "0,99"), snapshot("2026-01-28", "1,07")]);

  it("answers from the latest snapshot published on or before the date of care", () => {
    expect(referential.publishedOn).toEqual(["2026-01-28", "2026-02-25"]);
    const priceOn = (date: string) => {
      const lookup = referential.product("3400935955838", date);
      return lookup.status === "found" ? `${lookup.facts.price} (${lookup.publishedOn})` : lookup.status;
    };
    expect(priceOn("2026-01-27")).toBe("no-snapshot");
    expect(priceOn("2026-01-28")).toBe("1.07 (2026-01-28)");
    expect(priceOn("2026-02-24")).toBe("1.07 (2026-01-28)");
    expect(priceOn("2026-02-25")).toBe("0.99 (2026-02-25)");
    expect(priceOn("2026-04-28")).toBe("0.99 (2026-02-25)");
    // 62 days after the latest snapshot, it is too old for that day's prices.
    expect(priceOn("2026-04-29")).toBe("stale");
    expect(referential.product("3400935955845", "2026-02-01")).toEqual({ status: "unknown-product", publishedOn: "2026-01-28" });
  });

  it("refuses two snapshots of one date and a bad maximum age", () => {
    expect(() => createReferential([snapshot("2026-01-28", "1,07"), snapshot("2026-01-28", "1,07")])).toThrow(TypeError);
    expect(() => createReferential([], { maxAgeDays: -1 })).toThrow(TypeError);
  });
});
