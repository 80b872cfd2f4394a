import { toMetadata } from "../engine/metadata.js";
import type { RuleMetadata } from "../engine/types.js";
import { catalogue } from "./index.js";
import { inputInvalid } from "./input/invalid.js";

/** The catalogue's metadata, for vendors' UIs and docs: id, titles, severity, payer, source, dates, confidence. */
export const rules: readonly RuleMetadata[] = /* @__PURE__ */ Object.freeze([inputInvalid, ...catalogue].map(toMetadata));
