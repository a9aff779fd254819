import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { nhsDirectory } from "./nhs-directory";
import { resolveOrganisations } from "./resolve";

const directory = nhsDirectory();
const resolve = (input: unknown) => resolveOrganisations(input, directory, messages);

describe("organisations in the answers, filled from the directory", () => {
  it("fills what a code leaves out: the name, the address, the nation", () => {
    const { answers, problems } = resolve({
      currentTeam: { consultantName: "Dr Shah", organisationCode: "rbv" },
      records: { holder: "hospital", organisationCode: "S08000030" },
    });
    expect(problems).toEqual([]);
    expect(answers).toMatchObject({
      currentTeam: {
        consultantName: "Dr Shah",
        organisationCode: "RBV",
        hospital: "The Christie NHS Foundation Trust",
        nation: "england",
        address: { line1: "550 Wilmslow Road", line2: "Withington", town: "Manchester", postcode: "M20 4BX" },
      },
      records: { organisationCode: "S08000030", organisation: "NHS Tayside", nation: "scotland", address: { line1: "Ninewells Hospital", town: "Dundee" } },
    });
  });

  it("never replaces what the user typed", () => {
    const { answers } = resolve({ preferred: { hospital: "The Christie, Manchester", organisationCode: "RBV", nation: "wales" } });
    expect(answers).toMatchObject({ preferred: { hospital: "The Christie, Manchester", nation: "wales", organisationCode: "RBV" } });
  });

  it("counts a name typed exactly (case and punctuation aside) as that organisation", () => {
    const { answers } = resolve({ concern: { organisation: "perth royal infirmary" }, backup: { hospital: "The Christie" } });
    expect(answers).toMatchObject({
      concern: { organisation: "perth royal infirmary", organisationCode: "T202H", nation: "scotland" },
      backup: { organisationCode: "RBV", nation: "england" },
    });
  });

  it("leaves a name the directory does not know as it is", () => {
    const input = { currentTeam: { hospital: "Royal Sussex County Hospital" } };
    expect(resolve(input)).toEqual({ answers: input, problems: [] });
  });

  it("names the path of a code the directory does not have", () => {
    const { problems } = resolve({ backup: { hospital: "Somewhere", organisationCode: "ZZZ99" } });
    expect(problems).toEqual([
      {
        path: "backup.organisationCode",
        message: "Our list of NHS organisations has no organisation with the code ZZZ99. Check the code, or leave it out and give the name",
      },
    ]);
  });

  it("leaves answers of another shape for the answers' own checks", () => {
    for (const input of [null, 3, "x", [], { currentTeam: "Leeds" }, { concern: { organisationCode: 7 } }]) expect(resolve(input).problems).toEqual([]);
  });
});
