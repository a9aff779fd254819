import { person, third } from "./person";

/**
 * Letter 5: asking again, when a letter asking for a referral has had no reply. It goes to whoever
 * the first letter went to, quotes that letter's date and heading, asks for the same thing by a new
 * date, and says what the patient will do next: raise a concern with the body that can act
 * (letters.md, "Letter 4" and "After the letter").
 */
export const followUpNoReply = {
  title: "Follow-up letter when a request for a second opinion has had no reply",
  userTitle: "Follow up a letter that has had no reply",
  description: "If you sent a letter asking for a referral and have not had a reply, this letter asks again and gives a new date.",
  fileName: "follow-up-letter",
  documentTitle: "Follow-up: request for a second opinion",
  documentSubject: "Follow-up to a request for a second opinion",
  /** The first letter's heading, marked as a follow-up. */
  subjectLine: "Follow-up: {subject}",
  sentBy: {
    post: "by post",
    email: "by email",
    "online-form": "through your online form",
    "by-hand": "by hand",
  },
  firstLetter: person(
    "On {date}, I sent you a letter {how}. Its heading was “{subject}”. I have not had a reply.",
    "On {date}, I sent you a letter {how} about {whose} care. Its heading was “{subject}”. We have not had a reply.",
  ),
  /** The first letter goes with this one (the letter page offers its PDF), so they can act on it today. */
  copy: person("I have enclosed a copy of my first letter.", "I have enclosed a copy of my first letter."),
  /** Who the patient will raise a concern with if there is still no reply: the body that can act (letters.md, "Letter 4"). */
  nextStep: person(
    "If I do not hear from you by then, I will raise a concern with {service}.",
    "If we do not hear from you by then, I will raise a concern with {service}.",
  ),
  /** Someone acting for a patient who cannot agree: the first letter was theirs, and so is what comes next. */
  representative: {
    firstLetter: third("On {date}, I sent you a letter {how} about {whose} care. Its heading was “{subject}”. I have not had a reply."),
    nextStep: third("If I do not hear from you by then, I will raise a concern with {service}."),
  },
  sentOnAfterDate: "The date you sent your first letter must be on or before the date of this letter",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Send it the same way you sent your first letter.",
  copyHint: "You can paste it into the same online form or email you used before.",
  nextSteps: {
    paragraphs: [
      "Send this letter the same way as your first letter, if you can. If you sent the first one by post, you could hand this one in.",
      "Keep going to all your appointments in the meantime.",
    ],
    noReply: [
      "Phone them and ask whether your letters have arrived. Have copies with you when you call.",
      "If you still have no reply by the date in this letter, you can raise a concern. This service can write that letter too.",
    ],
  },
};
