declare module "virtual:package-content" {
  /** The packed package's docs/rules pages by rule id. */
  export const rulePages: Readonly<Record<string, string>>;
  /** The packed package's examples by name ("clean/doliprane-vitale"), as their JSON text. */
  export const examples: Readonly<Record<string, string>>;
  /** The BDPM slice's files, base64. */
  export const bdpmSlice: Readonly<Record<string, string>>;
  export const bdpmPublishedOn: string;
  export const packageVersion: string;
}
