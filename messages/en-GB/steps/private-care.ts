export const privateCare = {
  title: { self: "Would you consider paying to see a specialist privately?", helper: "Would the patient consider paying to see a specialist privately?" },
  /** The page's name on check answers. */
  summary: "Paying privately",
  fields: {
    privateCare: {
      label: { self: "Would you consider paying to see a specialist privately?", helper: "Would the patient consider paying to see a specialist privately?" },
      summary: "Would pay",
      intro: [
        "If an NHS referral is not possible or would take too long, your GP can write a letter for a private specialist.",
        "Your NHS care stays free. Seeing someone privately does not change your place on any NHS waiting list.",
      ],
      required: "Select whether you would consider paying for a private consultation",
      options: {
        no: { label: "No" },
        "would-pay": { label: { self: "Yes, I would consider paying", helper: "Yes, they would consider paying" } },
        insured: {
          label: { self: "Yes, I have private medical insurance", helper: "Yes, they have private medical insurance" },
          hint: "Insurers usually need a letter from your GP.",
        },
      },
    },
  },
};
