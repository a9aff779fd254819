import { describe, expect, it } from "vitest";
import { PreparedFiles, type FileKind } from "./prepared-files";

interface Doc {
  text: string;
}

/** A renderer whose renders finish when the test says, counting each call. */
function controlledRenderer() {
  const calls: { kind: FileKind; text: string; resolve(): void; reject(error: Error): void }[] = [];
  const render = (kind: FileKind, doc: Doc) =>
    new Promise<Uint8Array>((resolve, reject) => {
      calls.push({ kind, text: doc.text, resolve: () => resolve(new TextEncoder().encode(`${kind}:${doc.text}`)), reject });
    });
  return { calls, render };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("PreparedFiles", () => {
  it("hands over the prepared file for the same document without rendering again", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    const prepared = files.prepare("pdf", { text: "A" });
    r.calls[0]!.resolve();
    await prepared;
    expect(files.state("pdf", { text: "A" })).toBe("ready");
    expect(text(await files.get("pdf", { text: "A" }))).toBe("pdf:A");
    expect(r.calls).toHaveLength(1);
  });

  it("waits for a render in flight instead of starting a second one", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    void files.prepare("pdf", { text: "A" });
    expect(files.state("pdf", { text: "A" })).toBe("pending");
    const click = files.get("pdf", { text: "A" });
    expect(r.calls).toHaveLength(1);
    r.calls[0]!.resolve();
    expect(text(await click)).toBe("pdf:A");
  });

  it("never hands over a file made from a different document (an edit since)", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    const prepared = files.prepare("pdf", { text: "before the edit" });
    r.calls[0]!.resolve();
    await prepared;
    expect(files.state("pdf", { text: "after the edit" })).toBe("none");
    const click = files.get("pdf", { text: "after the edit" });
    expect(r.calls).toHaveLength(2);
    r.calls[1]!.resolve();
    expect(text(await click)).toBe("pdf:after the edit");
  });

  it("never hands over a file still being made from an older document", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    void files.prepare("pdf", { text: "old" });
    const click = files.get("pdf", { text: "new" });
    // The old render finishes first; it must not satisfy the click or replace the new entry.
    r.calls[0]!.resolve();
    await tick();
    expect(files.state("pdf", { text: "old" })).toBe("none");
    expect(files.state("pdf", { text: "new" })).toBe("pending");
    r.calls[1]!.resolve();
    expect(text(await click)).toBe("pdf:new");
    expect(files.state("pdf", { text: "new" })).toBe("ready");
  });

  it("keys by the whole document, not by object identity", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<{ blocks: string[]; date: string }>({
      render: (kind, doc) => r.render(kind, { text: doc.blocks.join("|") + doc.date }),
    });
    const prepared = files.prepare("docx", { blocks: ["a", "b"], date: "2026-01-01" });
    r.calls[0]!.resolve();
    await prepared;
    expect(files.state("docx", { blocks: ["a", "b"], date: "2026-01-01" })).toBe("ready");
    expect(files.state("docx", { blocks: ["a", "b"], date: "2026-01-02" })).toBe("none");
    expect(files.state("docx", { blocks: ["a", "c"], date: "2026-01-01" })).toBe("none");
  });

  it("keeps PDF and Word apart", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    const pdf = files.get("pdf", { text: "A" });
    const docx = files.get("docx", { text: "A" });
    expect(r.calls.map((c) => c.kind)).toEqual(["pdf", "docx"]);
    r.calls[1]!.resolve();
    r.calls[0]!.resolve();
    expect(text(await pdf)).toBe("pdf:A");
    expect(text(await docx)).toBe("docx:A");
  });

  it("drops a failed render so the click tries again, and prepare never rejects", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    const prepared = files.prepare("pdf", { text: "A" });
    r.calls[0]!.reject(new Error("font failed to load"));
    await expect(prepared).resolves.toBeUndefined();
    expect(files.state("pdf", { text: "A" })).toBe("none");
    const click = files.get("pdf", { text: "A" });
    expect(r.calls).toHaveLength(2);
    r.calls[1]!.resolve();
    expect(text(await click)).toBe("pdf:A");
  });

  it("reports a click's own failure to the caller", async () => {
    const files = new PreparedFiles<Doc>({
      render: () => {
        throw new Error("renderer did not load");
      },
    });
    await expect(files.get("docx", { text: "A" })).rejects.toThrow("renderer did not load");
    expect(files.state("docx", { text: "A" })).toBe("none");
  });

  it("says when the current document's file is ready, and not for a replaced one", async () => {
    const r = controlledRenderer();
    const ready: string[] = [];
    const files = new PreparedFiles<Doc>({ render: r.render, keyOf: (d) => d.text, onReady: (kind, key) => ready.push(`${kind}:${key}`) });
    void files.prepare("pdf", { text: "old" });
    void files.prepare("pdf", { text: "new" });
    r.calls[0]!.resolve();
    r.calls[1]!.resolve();
    await tick();
    expect(ready).toEqual(["pdf:new"]);
  });

  it("forgets everything on clear", async () => {
    const r = controlledRenderer();
    const files = new PreparedFiles<Doc>({ render: r.render });
    const prepared = files.prepare("pdf", { text: "A" });
    r.calls[0]!.resolve();
    await prepared;
    files.clear();
    expect(files.state("pdf", { text: "A" })).toBe("none");
  });
});
