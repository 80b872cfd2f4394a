// The packed package's example invoices, and the rule pages' examples built on its clean invoice.
import type { Locale } from "tiers-payant";
import { examples } from "virtual:examples";
import { withChanges } from "./merge.js";
import type { RuleExample } from "./rule-data.js";
import { encodeState, initialState } from "./state.js";
import { pageUrl } from "./layout.js";

export const exampleNames: readonly string[] = Object.keys(examples);
export const exampleText = (name: string): string | undefined => (examples as Record<string, string>)[name];

const BASE = "clean/doliprane-vitale";

/** The invoice text a rule page's example stands for: the base invoice with its changes; twice when it is a duplicate. */
export function ruleExampleText(example: RuleExample): string {
  const invoice = withChanges(JSON.parse(exampleText(BASE)!), example.invoice);
  return example.history ? `${JSON.stringify(invoice)}\n${JSON.stringify(invoice)}\n` : `${JSON.stringify(invoice, null, 2)}\n`;
}

export function playgroundLinkOf(example: RuleExample, locale: Locale): string {
  return pageUrl("playground", locale, encodeState({ ...initialState, text: ruleExampleText(example), asOf: example.asOf ?? "", referential: true }));
}
