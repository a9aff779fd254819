/** The words of the "own-words" question page. See ./index.ts for how the wording is written. */
export const OWN_WORDS = {
  title: "Is there anything else you want to say? (optional)",
  hint: "This goes near the end of your letter, as you write it. Leave it blank if you do not need it.",
  label: "Anything else you want to say",
};
