import { describe, expect, it } from "vitest";
import { fluVaccineCoverage } from "../../../src/index.js";

const adult = { birthDate: "1985-05-14" };

describe("fluVaccineCoverage", () => {
  it("covers 65 and over at 100 %, from the birthday on", () => {
    expect(fluVaccineCoverage({ birthDate: "1960-10-20" }, "2025-10-19")).toEqual({ covered: false, rate: 0, reasons: [] });
    expect(fluVaccineCoverage({ birthDate: "1960-10-20" }, "2025-10-20")).toEqual({ covered: true, rate: 100, reasons: ["age-65-plus"] });
  });
  it("covers each target group, and lists every reason", () => {
    expect(fluVaccineCoverage({ ...adult, chronicDisease: true }, "2025-10-20").reasons).toEqual(["chronic-disease"]);
    expect(fluVaccineCoverage({ ...adult, bmi: 40 }, "2025-10-20").reasons).toEqual(["bmi-40-plus"]);
    expect(fluVaccineCoverage({ ...adult, bmi: 39.9 }, "2025-10-20").covered).toBe(false);
    expect(fluVaccineCoverage({ ...adult, pregnancy: { startDate: "2025-08-01" } }, "2025-10-20").reasons).toEqual(["pregnancy"]);
    expect(fluVaccineCoverage({ ...adult, pregnancy: { startDate: "2025-08-01", deliveryDate: "2025-10-01" } }, "2025-10-20").covered).toBe(false);
    expect(fluVaccineCoverage({ ...adult, careHomeResident: true, atRiskEntourage: true }, "2025-10-20").reasons).toEqual(["care-home-resident", "at-risk-entourage"]);
    expect(fluVaccineCoverage({ ...adult, profession: "health-professional" }, "2025-10-20").reasons).toEqual(["health-or-contact-professional"]);
  });
  it("follows the seasons: home helpers from 2023-2024, swine/avian exposure from 2024-2025", () => {
    expect(fluVaccineCoverage({ ...adult, profession: "home-helper" }, "2023-08-31").covered).toBe(false);
    expect(fluVaccineCoverage({ ...adult, profession: "home-helper" }, "2023-09-01").covered).toBe(true);
    expect(fluVaccineCoverage({ ...adult, profession: "swine-avian-exposed" }, "2024-08-31").covered).toBe(false);
    expect(fluVaccineCoverage({ ...adult, profession: "swine-avian-exposed" }, "2024-10-15").covered).toBe(true);
  });
  it("covers children 2–17 without risk at 65 % from 17 October 2023 only", () => {
    const child = { birthDate: "2015-03-01" };
    expect(fluVaccineCoverage(child, "2023-10-16")).toEqual({ covered: false, rate: 0, reasons: [] });
    expect(fluVaccineCoverage(child, "2023-10-17")).toEqual({ covered: true, rate: 65, reasons: ["child-2-17-without-risk"] });
    expect(fluVaccineCoverage({ ...child, chronicDisease: true }, "2025-10-20").rate).toBe(100);
    expect(fluVaccineCoverage({ birthDate: "2007-10-21" }, "2025-10-20").rate).toBe(65);
    expect(fluVaccineCoverage({ birthDate: "2007-10-20" }, "2025-10-20").rate).toBe(0);
    expect(fluVaccineCoverage({ birthDate: "2023-10-21" }, "2025-10-20").rate).toBe(0);
  });
  it("reads lunar birth dates as 1 January", () => {
    expect(fluVaccineCoverage({ birthDate: "1960-00-00" }, "2025-10-20").reasons).toEqual(["age-65-plus"]);
  });
  it("covers nobody outside the table", () => expect(fluVaccineCoverage({ birthDate: "1930-01-01" }, "2017-10-20").covered).toBe(false));
});
