// The playground's state in the address's fragment, so that a case can be shared by its link. The
// fragment is never sent to a server (RFC 3986 §3.5: a user agent keeps it), and the page makes no
// request: the invoice stays in the browser.
import type { SeveritySetting } from "tiers-payant";

export interface PlaygroundState {
  readonly text: string;
  /** `YYYY-MM-DD`, or "" for each invoice's dispensing date. */
  readonly asOf: string;
  readonly referential: boolean;
  readonly severity: Readonly<Record<string, SeveritySetting>>;
}

export const initialState: PlaygroundState = { text: "", asOf: "", referential: true, severity: {} };

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeState(state: PlaygroundState): string {
  return `#s=${toBase64Url(JSON.stringify(state))}`;
}

/** The state of a fragment; undefined when there is none or it is not one of ours (a hand-edited link). */
export function decodeState(hash: string): PlaygroundState | undefined {
  const match = /^#s=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!match) return undefined;
  try {
    const value = JSON.parse(fromBase64Url(match[1]!)) as Partial<PlaygroundState>;
    return {
      text: typeof value.text === "string" ? value.text : "",
      asOf: typeof value.asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.asOf) ? value.asOf : "",
      referential: value.referential !== false,
      severity: typeof value.severity === "object" && value.severity !== null ? value.severity : {},
    };
  } catch {
    return undefined;
  }
}
