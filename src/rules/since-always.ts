/**
 * Start date for rules that state how an identifier is built: no start is known and the rule
 * predates every invoice this library will see. Rules with a dated legal basis use that date.
 */
export const SINCE_ALWAYS = "1990-01-01";
