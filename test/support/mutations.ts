export type Mutation = { readonly name: string; readonly apply: (invoice: Record<string, unknown>) => void };

/** Structural edits a buggy export could make to a valid invoice. */
export const MUTATIONS: readonly Mutation[] = [
  { name: "remove a required field", apply: (invoice) => delete invoice.dispensingDate },
  { name: "retype a field", apply: (invoice) => ((invoice.patient as Record<string, unknown>).birthRank = "1") },
  { name: "retype a part", apply: (invoice) => (invoice.amo = []) },
  { name: "move the dispensing date before the rights", apply: (invoice) => (invoice.dispensingDate = "2017-12-31") },
  { name: "change an AMO share by one cent", apply: (invoice) => bumpCent(((invoice.lines as Record<string, unknown>[])[0]!.amounts as Record<string, string>), "amo") },
  { name: "change a line total by one cent", apply: (invoice) => bumpCent((invoice.lines as Record<string, string>[])[0]!, "total") },
];

function bumpCent(record: Record<string, string>, key: string): void {
  record[key] = (Math.round(Number(record[key]) * 100 + 1) / 100).toFixed(2);
}
