import type { RuleId } from "../model/rule-ids.js";
import type { SplitInvoicePart } from "../model/invoice.js";
import type { JsonPath } from "../model/parse.js";
import type { InvoiceView, Section } from "../model/sections.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
/** Who refuses or recovers the money: the AMO, the mutuelle, or the patient who must pay instead. */
export type Payer = "amo" | "amc" | "patient";
/**
 * What happens if the invoice goes out as is: an immediate rejet, a later indu recovered after a
 * control (up to 3 years, CSS L133-4), a line the patient must pay, or advice only.
 */
export type Consequence = "reject" | "clawback" | "patient-pays" | "advice";
/**
 * How sure the rule's facts are: `high` when an official text or the payer's page was read, `medium` for
 * trade press, `low` for a single unofficial source. Below `high`, a rule defaults to at most `warning`
 * unless its page cites a published reject.
 */
export type Confidence = "high" | "medium-high" | "medium" | "low" | "unverified";
export type Locale = "fr" | "en";

export interface Localized {
  readonly fr: string;
  readonly en: string;
}

export interface Source {
  readonly label: string;
  readonly url?: string;
}

/** Inclusive dates `YYYY-MM-DD` between which a rule or a table row is law. */
export interface Effective {
  readonly from: string;
  readonly to?: string;
}

/** A message template: `{name}` placeholders are filled from the finding's params. */
export interface MessageTemplate extends Localized {
  readonly hint: Localized;
}

/** Finding parameters; a `Localized` value is rendered in the report's locale. */
export type Params = Readonly<Record<string, string | number | Localized>>;

/**
 * A mechanical correction the caller may apply: `safe` when it changes no medical or financial
 * decision. A split lists the invoices to send instead: the first is the original (its id and number
 * kept), the others are new and carry no id or number, which the LGO gives (`applyFix`).
 */
export interface SplitInvoiceFix {
  readonly kind: "split-invoice";
  readonly safe: boolean;
  readonly invoices: readonly SplitInvoicePart[];
}
export type Fix = SplitInvoiceFix;

/** What a rule returns: data only; the engine renders words at the end. */
export interface Finding<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly path: JsonPath;
  readonly params?: Params;
  readonly value?: string | number | boolean;
  readonly expected?: string | number | boolean;
  /** Decimal string, euros: what the payer will not pay (or recover) because of this finding. */
  readonly amountAtRisk?: string;
  /** A finding may be milder than the rule's default (e.g. a key that cannot be checked). */
  readonly severity?: Severity;
  readonly fix?: Fix;
}

/** A rule that lacks the data it needs says so: a silent pass would be read as "checked". */
export interface NotEvaluated {
  readonly notEvaluated: Localized;
}

export type RuleOutcome<MessageId extends string> = readonly Finding<MessageId>[] | NotEvaluated;

/** A rule's tunable behaviour: names with their default values; callers override them by rule id. */
export type RuleSettings = Readonly<Record<string, boolean | number | string>>;

/** The list a product is on (CSP L5132-6): liste I, liste II, stupéfiant, or none. */
export type ProductList = "I" | "II" | "stupefiant" | "none";

/** A product's role in its generic group (BDPM CIS_GENER: 0 princeps, 1 generic, 2 and 4 generics too). */
export type GenericType = "princeps" | "generic";

/**
 * A restricted prescription (CSP R5121-77 and following) as a drug's conditions (BDPM CIS_CPD) state
 * it: PH, prescription hospitalière; PIH, prescription initiale hospitalière, with its period; PRS,
 * prescription réservée à certains spécialistes; PSE, only the initial prescription reserved to
 * them, with its period. Specialties are spelt as `prescriber.specialty` spells them.
 */
export type PrescriptionRestriction =
  | { readonly kind: "PH" }
  | { readonly kind: "PIH"; readonly months: number | undefined }
  | {
      readonly kind: "PRS" | "PSE";
      /** The specialties named, in capitals without accents. */
      readonly specialties: readonly string[];
      /** For a PSE, the specialties a renewal is reserved to too ([] when renewals are free). */
      readonly renewalSpecialties: readonly string[];
      /** For a PSE, the initial prescription's period in months, when one is written. */
      readonly months: number | undefined;
      /** A row also opens the drug to a qualification an invoice cannot show: a competence, a capacity, a centre, an authorisation. */
      readonly otherQualification: boolean;
    };

/**
 * The official facts of one presentation (a CIP13) in one published snapshot of the drug
 * referential. A fact the snapshot does not hold (a file it lacks) is undefined: unknown, never
 * "none".
 */
export interface ProductFacts {
  readonly cip13: string;
  readonly label: string;
  /** The specialty's name (CIS_bdpm), when that file was given. */
  readonly name?: string;
  /** The reimbursement rate in percent; undefined when the presentation is not reimbursed. */
  readonly ratePercent?: number;
  /** The public price of a box in euros ("24.34"), without the dispensing fee; undefined when it has none. */
  readonly price?: string;
  readonly reimbursed: boolean;
  /** Whether the presentation is active and declared marketed on the snapshot's date. */
  readonly marketed: boolean;
  /** Undefined when the snapshot has no CIS_CPD_bdpm.txt. */
  readonly list?: ProductList;
  readonly hospitalOnly?: boolean;
  /** The conditions of prescription and dispensing as published (CIS_CPD); undefined without that file. */
  readonly prescriptionConditions?: readonly string[];
  /** The restricted prescription those conditions set, when they set one. */
  readonly restriction?: PrescriptionRestriction;
  /** Its generic groups; [] when in none; undefined without CIS_GENER_bdpm.txt. */
  readonly genericGroups?: readonly { readonly id: string; readonly label: string; readonly type: GenericType }[];
  /** ATC code, where CIS_MITM gives one. */
  readonly atc?: string;
}

/** What a referential answers for a product on a date of care. */
export type ProductLookup =
  | { readonly status: "found"; readonly facts: ProductFacts; readonly publishedOn: string }
  /** The snapshot of that date does not list the CIP13 (a product of another list, or a code that does not exist). */
  | { readonly status: "unknown-product"; readonly publishedOn: string }
  /** No snapshot was published on or before the date of care, or the latest is too old for it. */
  | { readonly status: "no-snapshot" | "stale"; readonly publishedOn?: string };

/** The official drug referential, dated: `createReferential` from `tiers-payant/bdpm` builds one. */
export interface Referential {
  /** The facts of a CIP13 on a date of care, from the latest snapshot published on or before it. */
  product(cip13: string, dateOfCare: string): ProductLookup;
  readonly publishedOn: readonly string[];
}

/**
 * What a rule's `check` is given. Read it during the call: the engine hands the same object to each
 * rule of an invoice in turn (its `settings` those of the rule called), so a rule that kept it for
 * later would read another rule's settings.
 */
export interface RuleContext<Reads extends Section> {
  /** Fingerprints seen before this invoice: the caller's history, and the batch so far. */
  readonly history: {
    has(fingerprint: string): boolean;
    /**
     * Where the fingerprint was seen: the place in this stream (0 for its first invoice) of the last
     * invoice that left it; undefined when it came from the `history` option (already sent).
     */
    positionOf(fingerprint: string): number | undefined;
    /** True when nothing was sent or seen before: a cross-invoice rule can stop at once. */
    readonly empty: boolean;
  };
  readonly invoice: InvoiceView<Reads>;
  /**
   * The date of care, `YYYY-MM-DD`: the invoice's dispensing date. The law (dated tables, effective
   * periods), the patient's age and whether rights, mutuelle, agreements and ALD periods were open
   * are read on it, never on `asOf`: an invoice of 2021 is judged by 2021's law.
   */
  readonly dateOfCare: string;
  /**
   * The date of the check, `YYYY-MM-DD` (the caller's today; the date of care when not given). Only
   * what depends on when the check runs reads it: lateness of transmission, a dispensing date in the
   * future.
   */
  readonly asOf: string;
  /** The rule's settings: its defaults, overridden by `options.settings[ruleId]`. */
  readonly settings: RuleSettings;
  /** The drug referential the caller gave (`createChecker({ referential })`); undefined without one. */
  readonly referential: Referential | undefined;
}

export interface RuleMetadata {
  readonly id: string;
  readonly title: Localized;
  readonly severity: Severity;
  readonly payer: Payer;
  readonly consequence: Consequence;
  readonly source: Source;
  readonly effective: Effective;
  readonly confidence: Confidence;
  readonly reads: readonly Section[];
}

export interface Rule<Reads extends Section = Section, MessageId extends string = string> extends RuleMetadata {
  readonly reads: readonly Reads[];
  readonly messages: Readonly<Record<MessageId, MessageTemplate>>;
  /** Documented switches with their defaults (e.g. a regional procedure a vendor may turn on). */
  readonly settings?: RuleSettings;
  /** For cross-invoice rules: what this invoice leaves in the batch's memory once checked. */
  readonly fingerprints?: (invoice: InvoiceView<Reads>) => readonly string[];
  /** False when the invoice is outside the rule's scope (no stay abroad, no vaccine…): traced, not reported. */
  readonly appliesTo?: (invoice: InvoiceView<Reads>) => boolean;
  readonly check: (context: RuleContext<Reads>) => RuleOutcome<MessageId>;
}

/** A rule as the engine stores it, its section and message types erased. */
export interface AnyRule extends RuleMetadata {
  readonly messages: Readonly<Record<string, MessageTemplate>>;
  readonly settings?: RuleSettings;
  readonly fingerprints?: (invoice: never) => readonly string[];
  readonly appliesTo?: (invoice: never) => boolean;
  readonly check: (context: never) => RuleOutcome<string>;
}

export interface Diagnostic {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly payer: Payer;
  readonly consequence: Consequence;
  readonly path: JsonPath;
  readonly message: string;
  readonly hint: string;
  readonly source: Source;
  readonly value?: string | number | boolean;
  readonly expected?: string | number | boolean;
  readonly amountAtRisk?: string;
  readonly fix?: Fix;
  /** Present on waived diagnostics: why and until when the pharmacy accepted the risk. */
  readonly waiver?: { readonly justification: string; readonly until: string };
}

export interface AmountAtRisk {
  readonly amo: string;
  readonly amc: string;
  readonly patient: string;
}

export type SkipReason = "off" | "not-effective" | "not-applicable" | "input-invalid";

export interface Trace {
  readonly ran: readonly { readonly ruleId: RuleId; readonly reads: readonly Section[]; readonly findings: number }[];
  readonly skipped: readonly { readonly ruleId: RuleId; readonly reason: SkipReason }[];
}

export interface Report {
  /** No diagnostic of severity `error`. Not a guarantee of payment: a clean report means no known risk. */
  readonly ok: boolean;
  /** The LGO's id of the invoice when it could be read, for batch correlation. */
  readonly invoiceId: string | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly notEvaluated: readonly { readonly ruleId: RuleId; readonly reason: string }[];
  readonly waived: readonly Diagnostic[];
  readonly amountAtRisk: AmountAtRisk;
  /** `YYYY-MM-DD`; null only when no `asOf` was given and the dispensing date is unreadable. */
  readonly asOf: string | null;
  readonly rulesVersion: string;
  readonly trace?: Trace;
}

export interface Waiver {
  readonly ruleId: RuleId;
  /** Only diagnostics at this path or below it; all of the rule's diagnostics when absent. */
  readonly path?: JsonPath;
  readonly justification: string;
  /** Last day the waiver holds, inclusive. */
  readonly until: string;
}

export interface CheckOptions {
  /**
   * The date of the check (the caller's today); defaults to the invoice's dispensing date, never the
   * wall clock. It decides only lateness of transmission and "dispensed in the future": the law, ages
   * and rights are read on the date of care. `YYYY-MM-DD`, like every date of an invoice: for today,
   * `calendarDay(new Date(), "Europe/Paris")` (the pharmacy's zone, not the server's).
   */
  readonly asOf?: string;
  readonly locale?: Locale;
  /** Severity per rule id, or "off". */
  readonly severity?: { readonly [Id in RuleId]?: SeveritySetting };
  readonly waivers?: readonly Waiver[];
  /** Per-rule settings, e.g. `{ "abroad/caisse-agreement-missing": { regionalSimplification: true } }`. */
  readonly settings?: { readonly [Id in RuleId]?: RuleSettings };
  readonly trace?: boolean;
  /** Fingerprints of invoices already sent (from `invoiceFingerprints`), for the duplicate rule. */
  readonly history?: Iterable<string>;
  /** How many fingerprints a batch remembers, oldest forgotten first (default 100,000, about 10 MB). */
  readonly duplicateWindow?: number;
  /** The official drug referential (`createReferential` from `tiers-payant/bdpm`), for the rules that compare a line with it. */
  readonly referential?: Referential;
}
