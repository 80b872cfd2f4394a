import { redactNirs } from "../identifiers/nir.js";

// C0 and C1 controls (escape sequences, carriage returns, line feeds) and the bidirectional
// overrides that reorder what a terminal shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, "g");

const escaped = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Data as the CLI may write it to a terminal or a log: no full NIR, and no control character. An
 * invoice id or file name could otherwise move the cursor, recolour the screen, or forge a line
 * ("✔ …") with a line feed; each such character is written as its `\uXXXX` escape instead.
 */
export function printable(text: string): string {
  const masked = redactNirs(text);
  return CONTROL.test(masked) ? masked.replace(CONTROLS, escaped) : masked;
}
