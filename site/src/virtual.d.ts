declare module "virtual:rule-pages" {
  /** The packed package's docs/rules pages by rule id. */
  export const rulePages: Readonly<Record<string, string>>;
}
declare module "virtual:examples" {
  /** The packed package's examples by name ("clean/doliprane-vitale"), as their JSON text. */
  export const examples: Readonly<Record<string, string>>;
}
declare module "virtual:bdpm-slice" {
  /** The BDPM slice's files, base64. */
  export const bdpmSlice: Readonly<Record<string, string>>;
  export const bdpmPublishedOn: string;
}
