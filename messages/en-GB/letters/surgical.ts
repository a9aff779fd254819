import { person, third } from "./person";

/** Wording the two surgical letters share (letters.md, letters 2 and 3). */
export const letterSurgical = {
  told: {
    "not-suitable": person("On {date}, I was told I am not suitable for surgery.", "On {date}, {sub} {was} told surgery is not suitable."),
    "not-possible": person("On {date}, I was told that surgery is not possible for me.", "On {date}, {sub} {was} told surgery is not possible."),
    "not-recommended": person("On {date}, I was told surgery is not recommended for me.", "On {date}, {sub} {was} told surgery is not recommended."),
    "not-yet": person("On {date}, I was told surgery is not possible at the moment.", "On {date}, {sub} {was} told surgery is not possible at the moment."),
    "not-discussed": person("Surgery has not been talked about with me.", "Surgery has not been talked about with {obj}."),
  },
  reasonGiven: "The reason: {reason}",
  treatmentFirst: person(
    "I would also like to know if treatment first, such as chemotherapy, could make surgery possible.",
    "{Sub} would also like to know if treatment first, such as chemotherapy, could make surgery possible.",
  ),
  /** Someone acting for a patient who cannot agree asks in their own name (letterShared.representative). */
  representative: {
    treatmentFirst: third("I would also like to know if treatment first, such as chemotherapy, could make surgery possible."),
  },
  /** The last ask: a reply by a date, with the reasons in writing if the answer is no (letters.md, letter 2). */
  replyByItem: "Please tell me by {date} if you can make this referral. If not, please tell me why in writing.",
};
