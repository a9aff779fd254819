import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mergeLanguages, withSwitchTo } from "./languages.mjs";

const page = (otherBase: string) =>
  `<html><body><nav><a class="nhsuk-link" href="${otherBase}/" data-other-base="${otherBase}" lang="x">Other</a></nav><a href="/guide/">Guides</a></body></html>`;

describe("the Welsh build put beside the English (issue 24)", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("links each page's switch to the same page in the other language, and nothing else", () => {
    expect(withSwitchTo(page("/cy"), "/guide/why/")).toBe(page("/cy").replace('href="/cy/"', 'href="/cy/guide/why/"'));
    expect(withSwitchTo(page(""), "/questions/nation/")).toContain('href="/questions/nation/" data-other-base=""');
    expect(withSwitchTo(page(""), "/questions/nation/")).toContain('<a href="/guide/">');
  });

  it("moves the Welsh build into cy/, without the files the root serves to both, and links every switch", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "languages-"));
    dirs.push(root);
    const out = path.join(root, "out");
    const welsh = path.join(root, "out-cy");
    for (const dir of [path.join(out, "guide"), path.join(welsh, "guide"), path.join(welsh, "fonts"), path.join(welsh, "_next")])
      mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(out, "index.html"), page("/cy"));
    writeFileSync(path.join(out, "guide", "index.html"), page("/cy"));
    writeFileSync(path.join(welsh, "index.html"), page(""));
    writeFileSync(path.join(welsh, "guide", "index.html"), page(""));
    writeFileSync(path.join(welsh, "fonts", "NotoSans-Regular.ttf"), "font");
    await mergeLanguages(out, welsh);
    expect(existsSync(welsh)).toBe(false);
    expect(existsSync(path.join(out, "cy", "fonts"))).toBe(false);
    expect(readFileSync(path.join(out, "guide", "index.html"), "utf8")).toContain('href="/cy/guide/"');
    expect(readFileSync(path.join(out, "cy", "guide", "index.html"), "utf8")).toContain('href="/guide/" data-other-base=""');
    expect(readFileSync(path.join(out, "cy", "index.html"), "utf8")).toContain('href="/" data-other-base=""');
    await expect(mergeLanguages(out, welsh)).rejects.toThrow(/no index.html/);
  });
});
