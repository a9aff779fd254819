/** Wording the two surgical letters share (letters.md, letters 2 and 3). */
export const letterSurgical = {
  told: {
    "not-suitable": {
      self: "On {date}, I was told that I am not suitable for surgery.",
      helper: "On {date}, {patient} was told that they are not suitable for surgery.",
    },
    "not-recommended": {
      self: "On {date}, I was told that surgery is not recommended for me.",
      helper: "On {date}, {patient} was told that surgery is not recommended for them.",
    },
    "not-yet": {
      self: "On {date}, I was told that surgery is not possible at the moment.",
      helper: "On {date}, {patient} was told that surgery is not possible at the moment.",
    },
    "not-discussed": {
      self: "When my treatment was last discussed with me, on {date}, surgery was not offered as an option.",
      helper: "When {patient}'s treatment was last discussed with them, on {date}, surgery was not offered as an option.",
    },
  },
  reasonGiven: "The reason given was: {reason}",
  surgicalReason: {
    self: "I would like a surgeon who specialises in my type of cancer to look at whether surgery could be possible for me",
    helper: "They would like a surgeon who specialises in their type of cancer to look at whether surgery could be possible for them",
  },
  treatmentFirst: {
    self: "I would also like to know whether treatment before surgery, such as chemotherapy or radiotherapy, could make surgery possible for me.",
    helper: "They would also like to know whether treatment before surgery, such as chemotherapy or radiotherapy, could make surgery possible for them.",
  },
  reasonsInWriting: {
    self: "If this referral cannot be made, please could you tell me why in writing?",
    helper: "If this referral cannot be made, please could you tell us why in writing?",
  },
};
