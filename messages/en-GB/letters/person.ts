import type { PersonVoiced, ThirdPerson } from "../../types";

/**
 * English's ways of naming the patient in a letter someone else writes, so each sentence is
 * written once for "she", "he", "they" and the patient's name, with its verbs agreeing. Only this
 * catalogue uses it: another language writes its own forms out, or has a helper of its own.
 *
 * In a sentence: {Sub} and {sub} name the patient as its subject, {obj} as its object, {pos} and
 * {Pos} say whose; {is}, {has}, {was}, {does} and {s} (a verb's "s") agree with the subject. Named,
 * the patient is named as subject and object, and "the" says whose ("the treatment"); {whose} says
 * whose by name ("Gwen Pritchard's deputy"), where "the" would not say it.
 */
const FORMS = {
  she: { Sub: "She", sub: "she", obj: "her", pos: "her", Pos: "Her", whose: "her", is: "is", has: "has", was: "was", does: "does", s: "s" },
  he: { Sub: "He", sub: "he", obj: "him", pos: "his", Pos: "His", whose: "his", is: "is", has: "has", was: "was", does: "does", s: "s" },
  they: { Sub: "They", sub: "they", obj: "them", pos: "their", Pos: "Their", whose: "their", is: "are", has: "have", was: "were", does: "do", s: "" },
  name: {
    Sub: "{patient}",
    sub: "{patient}",
    obj: "{patient}",
    pos: "the",
    Pos: "The",
    whose: "{patient}'s",
    is: "is",
    has: "has",
    was: "was",
    does: "does",
    s: "s",
  },
} as const;

const TOKEN = /\{(Sub|sub|obj|pos|Pos|whose|is|has|was|does|s)\}/g;

/** A sentence someone writing for the patient says, in each way of naming them. */
export function third(sentence: string): ThirdPerson {
  const form = (name: keyof typeof FORMS) => sentence.replace(TOKEN, (_, token: keyof (typeof FORMS)["she"]) => FORMS[name][token]);
  return { she: form("she"), he: form("he"), they: form("they"), name: form("name") };
}

/** A letter's sentence as the patient writes it, and as someone writing for them does. */
export function person(self: string, others: string): PersonVoiced {
  return { self, ...third(others) };
}
