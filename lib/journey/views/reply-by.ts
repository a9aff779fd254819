import { REPLY_BY } from "@/content/questions/reply-by";
import { definePage } from "./page";
import { formDate as date } from "../form-values";

export const view = definePage({
  id: "reply-by",
  title: () => REPLY_BY.title,
  toForm: (a) => ({ replyBy: date(a.replyBy) }),
});
