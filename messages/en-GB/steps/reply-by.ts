export const replyBy = {
  title: "When would you like a reply by? (optional)",
  /** The page's name on check answers. */
  summary: "Reply by",
  fields: {
    replyBy: {
      label: "When would you like a reply by? (optional)",
      summary: "Reply by",
      hint: "For example, 9 12 2026. If you leave this blank, your letter asks for a reply within 2 weeks.",
      errorLabel: "The date you would like a reply by",
    },
  },
};
