import { LETTER_IDS } from "@/templates";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DRAFT_VERSION, emptyDraft } from "./format";
import { migrate, readDraftText } from "./migrate";
import { repairDraft } from "./repair";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const versionFixtures = readdirSync(fixtures).filter((f) => /^v\d+\.json$/.test(f));

describe("migrate", () => {
  it("has a fixture for every version up to the current one", () => {
    for (let v = 1; v <= DRAFT_VERSION; v++) expect(versionFixtures).toContain(`v${v}.json`);
  });

  it.each(versionFixtures)("takes %s forward to the current version without losing answers", (file) => {
    const raw = JSON.parse(readFileSync(`${fixtures}${file}`, "utf8"));
    const result = migrate(raw, LETTER_IDS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.version).toBe(DRAFT_VERSION);
    expect(result.from).toBe(raw.version);
    expect(result.draft.answers.patient?.fullName).toBe("Margaret Ellis");
    expect(result.draft.answers.patient?.nhsNumber).toBe("9434765919");
    expect(result.draft.answers.reasons?.selected).toEqual(["confirm-plan"]);
    expect(result.draft.letter.templateId).toBe("gp-oncology-second-opinion");
    expect(result.draft.letter.edits["gp-oncology-second-opinion"]).toEqual({ thanks: "Thank you very much." });
  });

  it("reads back what it writes", () => {
    const draft = emptyDraft(new Date("2026-11-25T09:00:00Z"));
    draft.answers.nation = "scotland";
    const result = readDraftText(JSON.stringify(draft), LETTER_IDS);
    expect(result).toEqual({ ok: true, draft, from: DRAFT_VERSION });
  });

  it("reports text that is not JSON", () => {
    expect(readDraftText("{not json", LETTER_IDS)).toEqual({ ok: false, reason: "not-json" });
  });

  it.each([null, 3, "a string", [], {}, { format: "something-else", version: 1 }])("reports a foreign value: %j", (raw) => {
    expect(migrate(raw, LETTER_IDS)).toEqual({ ok: false, reason: "foreign" });
  });

  it("reports a draft from a newer version instead of guessing", () => {
    expect(migrate({ format: "second-opinion-draft", version: DRAFT_VERSION + 1, answers: {} }, LETTER_IDS)).toEqual({ ok: false, reason: "newer" });
  });

  it.each([0, -1, 1.5, "1", null])("reports a draft with a broken version number: %j", (version) => {
    expect(migrate({ format: "second-opinion-draft", version }, LETTER_IDS)).toEqual({ ok: false, reason: "damaged" });
  });

  it("keeps the readable parts of a damaged draft and drops the rest", () => {
    const raw = JSON.parse(readFileSync(`${fixtures}damaged.json`, "utf8"));
    const migrated = migrate(raw, LETTER_IDS);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    // The envelope is read first; the answers are checked against the schema once the checks load.
    const result = repairDraft(migrated.draft);
    expect(result.draft.answers.nation).toBe("england");
    expect(result.draft.answers.patient).toEqual({ nhsNumber: "9434765919" });
    expect(result.draft.answers.reasons).toEqual({});
    expect(result.draft.letter).toEqual({ edits: {} });
    expect(result.draft.progress).toEqual({ answered: [] });
  });

  it("keeps a draft's log, follow-up and records answers, and drops only a broken note", () => {
    const draft = emptyDraft(new Date("2026-11-25T09:00:00Z"));
    const note = { date: "2026-11-18", who: "Church Road Surgery", what: "Phoned the practice" };
    draft.answers = {
      schemaVersion: 1,
      nation: "england",
      followUp: { letter: "gp-oncology-second-opinion", sentOn: "2026-11-04", sentBy: "post" },
      records: { holder: "hospital", images: "disc" },
      log: [note],
    };
    const read = readDraftText(JSON.stringify(draft), LETTER_IDS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(repairDraft(read.draft)).toEqual({ draft, damaged: [] });

    const broken = structuredClone(draft);
    broken.answers.log = [{ date: "2026-11-20", who: 12, what: "Rang back" } as never, note, "a note" as never];
    const repaired = repairDraft(broken);
    expect(repaired.draft.answers.log).toEqual([note]);
    expect(repaired.damaged).toEqual(["log.0", "log.2"]);
  });

  it("reports a draft whose answers are not a set of answers", () => {
    expect(migrate({ format: "second-opinion-draft", version: 1, answers: "oops", letter: { edits: {} } }, LETTER_IDS)).toEqual({
      ok: false,
      reason: "damaged",
    });
  });
});
