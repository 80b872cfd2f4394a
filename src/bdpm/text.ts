// The BDPM files as published: tab-separated, no header. CIS_CIP_bdpm.txt is UTF-8 with LF line
// ends, the others Windows-1252 with CRLF; some copies were converted to UTF-8 as if they were
// ISO-8859-1, which turns the Windows-1252 characters (’ œ – …) into C1 controls.

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

/** A file's bytes as text: UTF-8 when they are valid UTF-8, Windows-1252 otherwise; C1 controls read back as Windows-1252. */
export function decodeBdpm(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return C1.test(text) ? text.replace(C1_ALL, (character) => windows1252.decode(Uint8Array.of(character.charCodeAt(0)))) : text;
}

/** The rows of a file, each with its line number (from 1) and its fields, trimmed; blank lines skipped. */
export function* rowsOf(text: string): Generator<{ readonly line: number; readonly fields: readonly string[] }> {
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const raw = text.slice(start, end < 0 ? text.length : end);
    line++;
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (content.trim() !== "") yield { line, fields: content.split("\t").map((field) => field.trim()) };
    if (end < 0) break;
    start = end + 1;
  }
}

/**
 * A BDPM price in euros, as a decimal string with two decimals: "24,34" → "24.34"; above 1,000 € the
 * comma separates thousands too ("1,394,44" → "1394.44"), and the last one is the decimal comma.
 * Undefined for an empty field; null for a field that is not a price.
 */
export function parsePrice(field: string): string | undefined | null {
  const text = field.replace(/\s/g, "");
  if (text === "") return undefined;
  const match = /^([0-9]{1,3}(?:,[0-9]{3})*|[0-9]+),([0-9]{1,2})$/.exec(text) ?? /^([0-9]+)()$/.exec(text);
  if (!match) return null;
  const euros = match[1]!.replace(/,/g, "").replace(/^0+(?=[0-9])/, "");
  return `${euros}.${(match[2] ?? "").padEnd(2, "0")}`;
}

/** A reimbursement rate as published, "65%" or "65 %"; undefined when empty (not reimbursed), null when not a rate. */
export function parseRate(field: string): number | undefined | null {
  const text = field.replace(/\s/g, "");
  if (text === "") return undefined;
  const match = /^([0-9]{1,3})%$/.exec(text);
  if (!match) return null;
  const rate = Number(match[1]);
  return rate <= 100 ? rate : null;
}
