import type { Section } from "../model/sections.js";
import type { AnyRule, Rule } from "./types.js";

const ID = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

function fail(id: string, problem: string): never {
  throw new TypeError(`defineRule(${JSON.stringify(id)}): ${problem}`);
}

/**
 * Declares a rule. The types require a French and an English text for every message and hint;
 * the checks below catch what types cannot (a bad id, reversed dates, placeholders that differ
 * between languages). A bad definition is a programmer error, so it throws at load time.
 */
export function defineRule<const Reads extends Section, const MessageId extends string>(
  rule: Rule<Reads, MessageId>,
): Rule<Reads, MessageId> {
  if (!ID.test(rule.id)) fail(rule.id, "the id must look like family/kebab-case-slug");
  if (!DATE.test(rule.effective.from)) fail(rule.id, "effective.from must be YYYY-MM-DD");
  if (rule.effective.to !== undefined) {
    if (!DATE.test(rule.effective.to)) fail(rule.id, "effective.to must be YYYY-MM-DD");
    if (rule.effective.to < rule.effective.from) fail(rule.id, "effective.to is before effective.from");
  }
  if (!rule.title.fr.trim() || !rule.title.en.trim()) fail(rule.id, "the title needs both fr and en");
  if (!rule.source.label.trim()) fail(rule.id, "the source needs a label");
  const messageIds = Object.keys(rule.messages);
  if (messageIds.length === 0) fail(rule.id, "a rule needs at least one message");
  for (const messageId of messageIds) {
    const message = rule.messages[messageId as MessageId];
    for (const text of [message.fr, message.en, message.hint.fr, message.hint.en]) {
      if (!text.trim()) fail(rule.id, `message ${messageId} has an empty text`);
    }
    const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).sort().join();
    if (placeholders(message.fr) !== placeholders(message.en)) {
      fail(rule.id, `message ${messageId} uses different placeholders in fr and en`);
    }
  }
  return Object.freeze(rule);
}

/** Erases a rule's section and message types so that rules of every kind fit one catalogue. */
export const asAnyRule = <Reads extends Section, MessageId extends string>(rule: Rule<Reads, MessageId>): AnyRule =>
  rule as unknown as AnyRule;
