import { defineStep } from "../kit";

export default defineStep({
  id: "reply-by",
  asked: "optional",
  section: "finish",
  heading: "field",
  fields: [{ kind: "date", name: "replyBy", path: "replyBy", optional: true, after: "today", replyDefault: true }],
});
