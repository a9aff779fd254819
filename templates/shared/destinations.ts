import type { TAnswers } from "@/lib/answers";
import type { TAddress } from "@/lib/answers/address";
import type { TFollowedUpLetter, TNation } from "@/lib/answers/vocabulary";
import type { Directory, Organisation } from "@/lib/organisations/directory";
import { nhsDirectory } from "@/lib/organisations/nhs-directory";
import { organisationIn } from "@/lib/organisations/resolve";
import { type Route, routeFor, type TConcernAbout } from "@/lib/organisations/routing";
import { KIND_RULES } from "@/lib/letter/kinds";
import { LETTERS, type LetterId } from "../index";
import { addressLines } from "./parts";

/** An organisation a letter is written to: its name as the letter writes it, its postal address, and its nation. */
export interface Destination {
  organisation?: string;
  address: string[];
  nation: TNation;
}

/** Where a concern goes: the route (lib/organisations/routing.ts), and the organisation it is written to. */
export interface ConcernDestination extends Destination {
  route: Route;
}

/** An answer that names an organisation and may give its address, its code and its nation. */
interface NamesOrganisation {
  organisation?: string;
  address?: TAddress;
  organisationCode?: string;
  nation?: TNation;
}

const directoryAddress = (o: Organisation) => [...o.lines, o.town, o.postcode].filter(Boolean);

/**
 * The hospital body a letter goes to: the organisation the answer names, or else the current
 * team's hospital. When the directory knows it, the body whose teams act for it (a Scottish
 * hospital's health board: NHS Tayside for Perth Royal Infirmary), at that body's address and in
 * its nation; otherwise as typed, in the nation the answers give it, else the patient's.
 */
export function hospitalBody(answers: TAnswers, part: NamesOrganisation | undefined, directory: Directory = nhsDirectory()): Destination {
  const named = part && (part.organisationCode || part.organisation) ? organisationIn(part, part.organisation, directory) : {};
  const current = organisationIn(answers.currentTeam, answers.currentTeam?.hospital, directory);
  const chosen = named.entry || named.name ? named : current;
  const acting = chosen.entry ? directory.actingBody(chosen.entry) : undefined;
  // The address the user gave is for the organisation they named; a board acting for its hospital has its own.
  const given = chosen === named ? part?.address : answers.currentTeam?.address;
  const address = acting && acting !== chosen.entry ? directoryAddress(acting) : given ? addressLines(given) : acting ? directoryAddress(acting) : [];
  // Where it is: the directory's, else what the answer says (even with no name: "my hospital, in Wales"), else the patient's nation.
  return { organisation: acting?.name ?? chosen.name, address, nation: acting?.nation ?? part?.nation ?? chosen.nation ?? answers.nation };
}

/** The patient's GP practice: in the patient's nation (the nation the patient gives is where their GP is). */
export function practiceBody(answers: TAnswers, part: NamesOrganisation | undefined): Destination {
  return {
    organisation: part?.organisation ?? answers.gp?.practiceName,
    address: addressLines(part?.address ?? answers.gp?.address),
    nation: answers.nation,
  };
}

/**
 * Where a concern about a GP practice or a hospital team goes, from the answers. A concern about
 * the practice goes to the practice, unless the answers name a body in the directory instead (the
 * health board in Wales or Scotland, the SPPG complaints team in Northern Ireland): then to that
 * body's team, by its own nation's rules.
 */
export function concernDestination(
  answers: TAnswers,
  about: TConcernAbout,
  { directory = nhsDirectory(), concernAnswers = true }: { directory?: Directory; concernAnswers?: boolean } = {},
): ConcernDestination {
  // The concern letter's own answers (what it names, where) are for the concern letter; a concern still to come does without them.
  const concern = concernAnswers ? answers.concern : undefined;
  const namesBody = about === "practice" && concern && organisationIn(concern, concern.organisation, directory).entry !== undefined;
  const to: TConcernAbout = about === "practice" && !namesBody ? "practice" : "hospital";
  const body = to === "practice" ? practiceBody(answers, concern) : hospitalBody(answers, concern, directory);
  return { ...body, route: routeFor(body.nation, to, answers.nation) };
}

/** Whose concern route a letter's kind tells (lib/letter/kinds.ts): its own concern's, or the one a concern about its first letter would take. */
export function routeOf(id: LetterId, answers: TAnswers, directory: Directory = nhsDirectory()): ConcernDestination | null {
  const from = KIND_RULES[LETTERS[id].kind].route;
  if (from === "concern" && answers.concern) return concernDestination(answers, aboutOf(answers.concern.requestedFrom), { directory });
  // A concern to come, about the first letter's recipient: not the one a concern letter's answers name.
  if (from === "followed-up" && answers.followUp)
    return concernDestination(answers, aboutFollowedUp(answers.followUp.letter), { directory, concernAnswers: false });
  return null;
}

/** What a concern after a follow-up would be about: the practice, when the first letter went to the GP; else the hospital team. */
export const aboutFollowedUp = (first: TFollowedUpLetter): TConcernAbout => (LETTERS[first].recipient === "gp" ? "practice" : "hospital");

/** What a concern is about, from who was asked: a GP practice, or a hospital team. */
export const aboutOf = (requestedFrom: NonNullable<TAnswers["concern"]>["requestedFrom"]): TConcernAbout => (requestedFrom === "gp" ? "practice" : "hospital");
