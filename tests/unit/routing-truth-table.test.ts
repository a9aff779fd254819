import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { answersOf, LETTER_DATE } from "@/tests/fixtures/examples";
import { ROOT } from "@/cli/bundle.mjs";

/*
 * Who can act on a concern, written out by hand from ../shared/docs/letters.md ("Letter 4") and
 * its sources, not worked out from the routing table: the organisation's nation (its rules apply)
 * × a GP practice or a hospital × a patient of the same nation or another. Each row goes through
 * the real command line (the bundle `npm run letter` runs) to a text letter.
 *
 * A GP practice is in the patient's nation (the nation a patient gives is where their GP is), so a
 * practice row's "patient of another nation" is one treated in another nation's hospital: the
 * concern about the practice still goes to the practice, under the practice's nation's rules.
 */

interface Row {
  organisationNation: string;
  about: "practice" | "hospital";
  patientNation: string;
  /** The current team's hospital, by its directory code. */
  hospital: string;
  addressee: string;
  organisation: string;
  process: string;
  freeHelp: readonly string[];
  ombudsman: string;
  /** Who can act next, when the letter goes to a practice. */
  next?: string;
}

const ENGLAND_PROCESS = "This is not a formal complaint yet.";
const WALES_PROCESS = "I am raising this as a concern. Please help me sort it out quickly, at the first stage.";
const FIRST_STAGE = "Please deal with this at the first stage of the complaints procedure, so it can be sorted out quickly.";
const ADVOCACY = "NHS complaints advocacy service";
const LLAIS = "I know I can ask Llais for free, independent help.";
const PASS = "Patient Advice and Support Service (PASS) on 0800 917 2127";
const PCC = "free help from the Patient and Client Council";

const ROWS: Row[] = [
  // England: a trust's PALS; the practice manager, then the integrated care board; PHSO.
  {
    organisationNation: "england",
    about: "hospital",
    patientNation: "england",
    hospital: "RBV",
    addressee: "Patient Advice and Liaison Service (PALS)",
    organisation: "The Christie NHS Foundation Trust",
    process: ENGLAND_PROCESS,
    freeHelp: [ADVOCACY],
    ombudsman: "Parliamentary and Health Service Ombudsman",
  },
  // A Welsh resident treated at The Clatterbridge Cancer Centre: English rules, and Llais may still help.
  {
    organisationNation: "england",
    about: "hospital",
    patientNation: "wales",
    hospital: "REN",
    addressee: "Patient Advice and Liaison Service (PALS)",
    organisation: "The Clatterbridge Cancer Centre NHS Foundation Trust",
    process: ENGLAND_PROCESS,
    freeHelp: [ADVOCACY, LLAIS],
    ombudsman: "Parliamentary and Health Service Ombudsman",
  },
  {
    organisationNation: "england",
    about: "practice",
    patientNation: "england",
    hospital: "RBV",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: ENGLAND_PROCESS,
    freeHelp: [ADVOCACY],
    ombudsman: "Parliamentary and Health Service Ombudsman",
    next: "I can ask the integrated care board to look at it",
  },
  {
    organisationNation: "england",
    about: "practice",
    patientNation: "england",
    hospital: "RQF",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: ENGLAND_PROCESS,
    freeHelp: [ADVOCACY],
    ombudsman: "Parliamentary and Health Service Ombudsman",
    next: "I can ask the integrated care board to look at it",
  },
  // Wales: the health board's or NHS trust's concerns team; the practice, then the health board; PSOW.
  {
    organisationNation: "wales",
    about: "hospital",
    patientNation: "wales",
    hospital: "RQF",
    addressee: "Concerns Team",
    organisation: "Velindre University NHS Trust",
    process: WALES_PROCESS,
    freeHelp: [LLAIS],
    ombudsman: "Public Services Ombudsman for Wales",
  },
  // An English patient treated at Velindre: the Welsh process, with Velindre University NHS Trust.
  {
    organisationNation: "wales",
    about: "hospital",
    patientNation: "england",
    hospital: "RQF",
    addressee: "Concerns Team",
    organisation: "Velindre University NHS Trust",
    process: WALES_PROCESS,
    freeHelp: [LLAIS],
    ombudsman: "Public Services Ombudsman for Wales",
  },
  {
    organisationNation: "wales",
    about: "practice",
    patientNation: "wales",
    hospital: "RQF",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: WALES_PROCESS,
    freeHelp: [LLAIS],
    ombudsman: "Public Services Ombudsman for Wales",
    next: "I can ask the health board to look at it",
  },
  {
    organisationNation: "wales",
    about: "practice",
    patientNation: "wales",
    hospital: "REN",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: WALES_PROCESS,
    freeHelp: [LLAIS],
    ombudsman: "Public Services Ombudsman for Wales",
    next: "I can ask the health board to look at it",
  },
  // Scotland: the health board's Feedback and Complaints team, not the hospital building's; SPSO.
  {
    organisationNation: "scotland",
    about: "hospital",
    patientNation: "scotland",
    hospital: "T202H",
    addressee: "Feedback and Complaints Team",
    organisation: "NHS Tayside",
    process: FIRST_STAGE,
    freeHelp: [PASS],
    ombudsman: "Scottish Public Services Ombudsman",
  },
  {
    organisationNation: "scotland",
    about: "hospital",
    patientNation: "northern-ireland",
    hospital: "G517H",
    addressee: "Feedback and Complaints Team",
    organisation: "NHS Greater Glasgow and Clyde",
    process: FIRST_STAGE,
    freeHelp: [PASS],
    ombudsman: "Scottish Public Services Ombudsman",
  },
  {
    organisationNation: "scotland",
    about: "practice",
    patientNation: "scotland",
    hospital: "T202H",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: FIRST_STAGE,
    freeHelp: [PASS],
    ombudsman: "Scottish Public Services Ombudsman",
    next: "I can ask the health board to look at it",
  },
  {
    organisationNation: "scotland",
    about: "practice",
    patientNation: "scotland",
    hospital: "RBV",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: FIRST_STAGE,
    freeHelp: [PASS],
    ombudsman: "Scottish Public Services Ombudsman",
    next: "I can ask the health board to look at it",
  },
  // Northern Ireland: the HSC trust's complaints team; the practice, then the SPPG complaints team; NIPSO.
  {
    organisationNation: "northern-ireland",
    about: "hospital",
    patientNation: "northern-ireland",
    hospital: "HSCBELFAST",
    addressee: "Complaints Team",
    organisation: "Belfast Health and Social Care Trust",
    process: FIRST_STAGE,
    freeHelp: [PCC],
    ombudsman: "Northern Ireland Public Services Ombudsman",
  },
  {
    organisationNation: "northern-ireland",
    about: "hospital",
    patientNation: "scotland",
    hospital: "HSCWESTERN",
    addressee: "Complaints Team",
    organisation: "Western Health and Social Care Trust",
    process: FIRST_STAGE,
    freeHelp: [PCC],
    ombudsman: "Northern Ireland Public Services Ombudsman",
  },
  {
    organisationNation: "northern-ireland",
    about: "practice",
    patientNation: "northern-ireland",
    hospital: "HSCBELFAST",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: FIRST_STAGE,
    freeHelp: [PCC],
    ombudsman: "Northern Ireland Public Services Ombudsman",
    next: "the complaints team at the Strategic Planning and Performance Group can help",
  },
  {
    organisationNation: "northern-ireland",
    about: "practice",
    patientNation: "northern-ireland",
    hospital: "RBV",
    addressee: "The Practice Manager",
    organisation: "Church Road Surgery",
    process: FIRST_STAGE,
    freeHelp: [PCC],
    ombudsman: "Northern Ireland Public Services Ombudsman",
    next: "the complaints team at the Strategic Planning and Performance Group can help",
  },
];

const exec = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), "truth-table-"));

/** The concern example, moved: the patient's nation, who was asked, and the current team's hospital by its code alone. */
function answersFor(row: Row, index: number): string {
  const answers = answersOf("pals-concern", "typical");
  answers.nation = row.patientNation;
  answers.concern.requestedFrom = row.about === "practice" ? "gp" : "oncologist";
  delete answers.concern.organisation;
  delete answers.concern.address;
  answers.currentTeam = { consultantName: answers.currentTeam.consultantName, specialty: answers.currentTeam.specialty, organisationCode: row.hospital };
  const file = join(folder, `row-${index}.json`);
  writeFileSync(file, JSON.stringify(answers));
  return file;
}

const recipientOf = (text: string) => text.split("Private and confidential\n\n")[1]!.split("\n\n")[0]!.split("\n");

describe("who can act on a concern, through the real command line", () => {
  it.each(ROWS.map((row, i) => [`${row.organisationNation} ${row.about}, patient in ${row.patientNation} (${row.hospital})`, row, i] as const))(
    "%s",
    async (_, row, i) => {
      const out = join(folder, `row-${i}.txt`);
      await exec("node", [
        join(ROOT, "cli/run.mjs"),
        "--template",
        "pals-concern",
        "--answers",
        answersFor(row, i),
        "--format",
        "txt",
        "--out",
        out,
        "--date",
        LETTER_DATE,
      ]);
      const text = readFileSync(out, "utf8");
      const recipient = recipientOf(text);
      expect(recipient.slice(0, 2)).toEqual([row.addressee, row.organisation]);
      expect(text).toContain(row.process);
      for (const help of row.freeHelp) expect(text).toContain(help);
      expect(text).toContain(`I know I can ask the ${row.ombudsman} to look at it`);
      if (row.next) expect(text).toContain(row.next);
      // "Not yet a formal complaint" is England's PALS and practice wording only.
      if (row.organisationNation !== "england") expect(text).not.toContain("not a formal complaint");
      // Free help is named as help, never as the recipient.
      expect(recipient.join(" ")).not.toMatch(/Llais|PASS|Patient and Client Council|advocacy/);
    },
    30_000,
  );
});
