// ATC codes are written in capitals (WHO ATC index); some LGOs send them in lower case, so rules
// compare them upper-cased. They are read on every line of every invoice: a code already in capitals,
// the usual case, is taken as it is instead of being copied.
const NOT_CAPITALS_OR_DIGITS = /[^A-Z0-9]/;

/** An ATC code in capitals: the same as `atc.toUpperCase()`, without a copy when nothing changes. */
export const upperAtc = (atc: string): string => (NOT_CAPITALS_OR_DIGITS.test(atc) ? atc.toUpperCase() : atc);

/** Whether an ATC code, in whatever case it was sent, starts with a prefix written in capitals. */
export const atcStartsWith = (atc: string | undefined, prefix: string): boolean => atc !== undefined && upperAtc(atc).startsWith(prefix);
