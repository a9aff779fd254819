import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { answerLines, type SummaryRow } from "./summary";

const format = formatFor(messages.meta);
const LINE = messages.journey.checkAnswers.line;
const row = (key: string, value: SummaryRow["value"], over: Partial<SummaryRow> = {}): SummaryRow => ({ key, value, field: key, optional: false, ...over });

describe("a page's answers on check answers", () => {
  it("is the answer alone when the page asks one thing", () => {
    expect(answerLines([row("Nation", "Wales")], "Where you live", format, LINE)).toEqual([{ text: "Wales", missing: false }]);
  });

  it("names each answer when the page asks several, unless the row is the page's own", () => {
    const rows = [row("Full name", "Ada Lovelace"), row("Email", "ada@example.com"), row("Your details", "x")];
    expect(answerLines(rows, "Your details", format, LINE).map((l) => l.text)).toEqual(["Full name: Ada Lovelace", "Email: ada@example.com", "x"]);
  });

  it("leaves out blank optional answers, and marks a needed one missing", () => {
    const rows = [row("Phone", undefined, { optional: true }), row("Tests", [], { optional: true }), row("Full name", undefined), row("Email", "a@b.c")];
    expect(answerLines(rows, "Your details", format, LINE)).toEqual([
      { text: format.t(LINE, { label: "Full name", value: "" }), missing: true },
      { text: "Email: a@b.c", missing: false },
    ]);
  });

  it("puts a list on one line: items joined with 'and', an address's parts with commas", () => {
    const items = answerLines([row("Reasons", ["one", "two", "three"], { field: "items" })], "Reasons", format, LINE);
    expect(items[0]!.text).toBe(format.list(["one", "two", "three"], "and"));
    const address = answerLines([row("Address", ["1 High St", "Leeds"], { field: "address" })], "Address", format, LINE);
    expect(address[0]!.text).toBe(format.list(["1 High St", "Leeds"], "parts"));
  });
});
