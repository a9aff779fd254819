import { LIMITS, defineStep } from "@/lib/journey/kit";

/** The last page: two optional things, so a tired user can leave both and press Continue once. */
export default defineStep({
  id: "reply-by",
  asked: "optional",
  section: "finish",
  heading: "field",
  fields: [
    { kind: "date", name: "replyBy", path: "replyBy", optional: true, after: "today", replyDefault: true },
    // A follow-up letter only asks again, and a concern goes to non-clinical staff: neither carries
    // words the user wrote for the doctor.
    {
      kind: "textarea",
      name: "ownWords",
      path: "ownWords",
      optional: true,
      rows: 6,
      max: LIMITS.ownWords,
      size: "m",
      when: { recipient: ["gp", "oncologist"] },
    },
  ],
});
