import type { InvoiceLine, Prescription } from "../../model/invoice.js";

/** What an ordonnance is, as facts that combine (a secure bizone, an S3326 with its ALD box…); undefined when not sent. */
export interface OrdonnanceForm {
  readonly secure: boolean | undefined;
  readonly bizone: boolean | undefined;
  readonly exceptionForm: boolean | undefined;
  readonly exceptionFormAld: boolean | undefined;
  readonly electronic: boolean | undefined;
}

// The deprecated `kind` named one paper form and so said "not the others", nor an e-prescription,
// which it predates: it is read as those facts.
const FROM_KIND: Readonly<Record<NonNullable<Prescription["kind"]>, Partial<OrdonnanceForm>>> = {
  simple: { secure: false, bizone: false, exceptionForm: false, electronic: false },
  bizone: { bizone: true, secure: false, exceptionForm: false, electronic: false },
  // A secure ordonnance may be bizone: the kind does not say, so bizone stays unknown.
  secure: { secure: true, exceptionForm: false, electronic: false },
  exception: { exceptionForm: true, secure: false, bizone: false, electronic: false },
};

/** The ordonnance's form: its own facts first, the deprecated `kind` for those it does not give. */
export function ordonnanceForm(prescription: Prescription): OrdonnanceForm {
  const legacy = prescription.kind === undefined ? {} : FROM_KIND[prescription.kind];
  return {
    secure: prescription.secure ?? legacy.secure,
    bizone: prescription.bizone ?? legacy.bizone,
    exceptionForm: prescription.exceptionForm ?? legacy.exceptionForm,
    exceptionFormAld: prescription.exceptionFormAld,
    electronic: prescription.electronic ?? legacy.electronic,
  };
}

/**
 * Whether the ordonnance meets the secure requirement (CSP R5132-5): a secure paper ordonnance or an
 * e-prescription, which the CSP treats as secure. Undefined unless one says yes or both say no.
 */
export function isSecureOrdonnance(form: OrdonnanceForm): boolean | undefined {
  if (form.secure === true || form.electronic === true) return true;
  // Not a secure paper form, and not sent whether it is an e-prescription: unknown.
  return form.secure === false && form.electronic === false ? false : undefined;
}

/**
 * Whether a line was prescribed in relation to the ALD: the upper zone of a bizone (or the ALD part of
 * an e-prescription), or an S3326 with its ALD box ticked. Undefined when the ordonnance does not say.
 */
export function prescribedForAld(line: InvoiceLine, form: OrdonnanceForm): boolean | undefined {
  if (line.bizoneZone === "ald") return true;
  if (line.exceptionDrug === true && form.exceptionForm === true && form.exceptionFormAld !== undefined) return form.exceptionFormAld;
  if (line.bizoneZone === "other") return false;
  // An ordonnance known to be none of the forms with an ALD part cannot have prescribed the line for the ALD.
  if (form.bizone === false && form.electronic === false && form.exceptionForm === false) return false;
  return undefined;
}
