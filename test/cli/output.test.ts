import { describe, expect, it } from "vitest";
import { OutputWriter } from "../../src/cli/output.js";

const record = () => {
  const writes: string[] = [];
  const writer = new OutputWriter({ write: (chunk) => writes.push(typeof chunk === "string" ? chunk : `[${Buffer.from(chunk).toString()}]`) });
  return { writes, writer };
};

describe("OutputWriter", () => {
  it("joins reports that lie side by side in one buffer into one write, in order", () => {
    const { writes, writer } = record();
    const batch = new TextEncoder().encode("a\nbb\nccc\n");
    writer.bytes(batch.subarray(0, 2));
    writer.bytes(batch.subarray(2, 5));
    writer.bytes(batch.subarray(5, 9));
    expect(writes).toEqual([]);
    writer.flush();
    expect(writes).toEqual(["[a\nbb\nccc\n]"]);
  });

  it("writes apart reports of other buffers, or not next to each other, and a line after what is held", () => {
    const { writes, writer } = record();
    const first = new TextEncoder().encode("a\nb\n");
    const second = new TextEncoder().encode("c\n");
    writer.bytes(first.subarray(0, 2));
    writer.bytes(second);
    writer.bytes(first.subarray(2, 4));
    writer.bytes(first.subarray(0, 2));
    writer.line("error");
    writer.flush();
    writer.flush();
    expect(writes).toEqual(["[a\n]", "[c\n]", "[b\n]", "[a\n]", "error\n"]);
  });
});
