import { optionError } from "./options.js";
import type { Report } from "./types.js";

type CheckNext = (input: unknown) => Report;

/** A stream of invoices, sync or async, checked in order by one checker's checkNext. */
export function checkStream(inputs: Iterable<unknown> | AsyncIterable<unknown>, checkNext: CheckNext): Generator<Report, void, undefined> | AsyncGenerator<Report, void, undefined> {
  if (inputs !== null && typeof inputs === "object" && Symbol.asyncIterator in inputs) return checkAsyncIterable(inputs as AsyncIterable<unknown>, checkNext);
  if (inputs === null || inputs === undefined || typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    optionError("checkBatch needs an iterable or an async iterable of invoices");
  }
  return checkIterable(inputs as Iterable<unknown>, checkNext);
}

function* checkIterable(inputs: Iterable<unknown>, checkNext: CheckNext): Generator<Report, void, undefined> {
  for (const input of inputs) yield checkNext(input);
}

async function* checkAsyncIterable(inputs: AsyncIterable<unknown>, checkNext: CheckNext): AsyncGenerator<Report, void, undefined> {
  for await (const input of inputs) yield checkNext(input);
}
