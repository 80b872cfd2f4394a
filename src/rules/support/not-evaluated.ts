import type { NotEvaluated } from "../../engine/types.js";

/** A rule's answer when the data it needs was not sent: never read as a pass, never as a finding. */
export const notEvaluated = (fr: string, en: string): NotEvaluated => ({ notEvaluated: { fr, en } });
