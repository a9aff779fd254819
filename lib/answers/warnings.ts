import { formatFor } from "@/messages/format";
import type { Problem } from "./answers";
import { isRealIsoDate } from "./dates";
import type { AnswerWords } from "./messages";
import { chiDatePart, chiStartsWithBirthDate, isValidNhsNumber } from "./nhs-number";

/**
 * What may be wrong with answers that can still make a letter: said to the user, who checks it and
 * carries on. No zod: the question pages show these as soon as Continue is pressed. Each comes
 * with its answer's path, as problems do; the command line prints them as warnings.
 *
 * - A Scottish CHI number whose first six digits are not the date of birth: one of the two is
 *   probably mistyped, but a few CHI numbers differ (letters.md, "Letter 1").
 */
export function answerWarnings(answers: unknown, words: AnswerWords): Problem[] {
  const a = (typeof answers === "object" && answers !== null ? answers : {}) as { nation?: unknown; patient?: unknown };
  const patient = (typeof a.patient === "object" && a.patient !== null ? a.patient : {}) as { nhsNumber?: unknown; dateOfBirth?: unknown };
  const { nhsNumber, dateOfBirth } = patient;
  if (a.nation !== "scotland" || typeof nhsNumber !== "string" || typeof dateOfBirth !== "string") return [];
  // Only two answers that are each right in themselves: a number that is not one is a problem already.
  if (!isValidNhsNumber(nhsNumber) || !isRealIsoDate(dateOfBirth) || chiStartsWithBirthDate(nhsNumber, dateOfBirth)) return [];
  const format = formatFor(words.meta);
  const message = format.t(words.answers.warnings.chiBirthDate, {
    term: words.answers.identifierTerms.scotland,
    date: format.date(dateOfBirth),
    digits: chiDatePart(dateOfBirth),
  });
  return [{ path: "patient.nhsNumber", message }];
}
