import type { InvoiceLine } from "../../model/invoice.js";
import type { NotEvaluated, ProductFacts, Referential } from "../../engine/types.js";
import { notEvaluated } from "./not-evaluated.js";

/** A drug line whose product the referential knows on the date of care. */
export interface LineWithFacts {
  readonly index: number;
  readonly line: InvoiceLine;
  readonly facts: ProductFacts;
  readonly publishedOn: string;
}

const NO_REFERENTIAL = notEvaluated(
  "aucun référentiel des médicaments fourni (createChecker({ referential }), CLI --bdpm)",
  "no drug referential given (createChecker({ referential }), CLI --bdpm)",
);

/**
 * The drug lines of an invoice with their official facts on the date of care. Not evaluated when no
 * referential was given, or when no drug line could be looked up: no snapshot for that date, a
 * snapshot too old, products it does not list. A product it does not list is unknown, never "not
 * reimbursed".
 */
export function linesWithFacts(lines: readonly InvoiceLine[], referential: Referential | undefined, dateOfCare: string): readonly LineWithFacts[] | NotEvaluated {
  if (referential === undefined) return NO_REFERENTIAL;
  const found: LineWithFacts[] = [];
  let drugs = 0;
  let reason: "no-snapshot" | "stale" | "unknown-product" | undefined;
  let publishedOn: string | undefined;
  lines.forEach((line, index) => {
    if (line.productKind !== "drug" || line.productCode === undefined) return;
    drugs++;
    const lookup = referential.product(line.productCode, dateOfCare);
    if (lookup.status === "found") found.push({ index, line, facts: lookup.facts, publishedOn: lookup.publishedOn });
    else {
      reason ??= lookup.status;
      publishedOn ??= lookup.publishedOn;
    }
  });
  if (found.length > 0 || drugs === 0) return found;
  switch (reason) {
    case "no-snapshot":
      return notEvaluated(`aucun instantané du référentiel publié au plus tard le ${dateOfCare}`, `no snapshot of the referential published on or before ${dateOfCare}`);
    case "stale":
      return notEvaluated(
        `le dernier instantané du référentiel avant le ${dateOfCare} date du ${publishedOn} : trop ancien pour les prix de ce jour`,
        `the latest snapshot of the referential before ${dateOfCare} is of ${publishedOn}: too old for that day's prices`,
      );
    default:
      return notEvaluated(`aucun produit de la facture n'est dans le référentiel du ${publishedOn}`, `no product of the invoice is in the referential of ${publishedOn}`);
  }
}
