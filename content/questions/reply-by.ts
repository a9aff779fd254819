/** The words of the "reply-by" question page. See ./index.ts for how the wording is written. */
export const REPLY_BY = {
  title: "When would you like a reply by? (optional)",
  hint: "For example, 9 12 2026. If you leave this blank, your letter asks for a reply within 2 weeks.",
  label: "Reply-by date",
  errors: {
    label: "The date you would like a reply by",
  },
};
