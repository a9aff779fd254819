import type { letterSurgical as en } from "../../en-GB/letters/surgical";

/** Wording the two surgical letters share (letters.md, letters 2 and 3). */
export const letterSurgical: typeof en = {
  told: {
    "not-suitable": {
      self: "Ar {date}, cefais wybod nad ydw i'n addas i gael llawdriniaeth.",
      she: "Ar {date}, cafodd hi wybod nad yw llawdriniaeth yn addas.",
      he: "Ar {date}, cafodd ef wybod nad yw llawdriniaeth yn addas.",
      they: "Ar {date}, cawson nhw wybod nad yw llawdriniaeth yn addas.",
      name: "Ar {date}, cafodd {patient} wybod nad yw llawdriniaeth yn addas.",
    },
    "not-possible": {
      self: "Ar {date}, cefais wybod nad oes modd i mi gael llawdriniaeth.",
      she: "Ar {date}, cafodd hi wybod nad oes modd cael llawdriniaeth.",
      he: "Ar {date}, cafodd ef wybod nad oes modd cael llawdriniaeth.",
      they: "Ar {date}, cawson nhw wybod nad oes modd cael llawdriniaeth.",
      name: "Ar {date}, cafodd {patient} wybod nad oes modd cael llawdriniaeth.",
    },
    "not-recommended": {
      self: "Ar {date}, cefais wybod nad yw llawdriniaeth yn cael ei hargymell i mi.",
      she: "Ar {date}, cafodd hi wybod nad yw llawdriniaeth yn cael ei hargymell.",
      he: "Ar {date}, cafodd ef wybod nad yw llawdriniaeth yn cael ei hargymell.",
      they: "Ar {date}, cawson nhw wybod nad yw llawdriniaeth yn cael ei hargymell.",
      name: "Ar {date}, cafodd {patient} wybod nad yw llawdriniaeth yn cael ei hargymell.",
    },
    "not-yet": {
      self: "Ar {date}, cefais wybod nad oes modd cael llawdriniaeth ar hyn o bryd.",
      she: "Ar {date}, cafodd hi wybod nad oes modd cael llawdriniaeth ar hyn o bryd.",
      he: "Ar {date}, cafodd ef wybod nad oes modd cael llawdriniaeth ar hyn o bryd.",
      they: "Ar {date}, cawson nhw wybod nad oes modd cael llawdriniaeth ar hyn o bryd.",
      name: "Ar {date}, cafodd {patient} wybod nad oes modd cael llawdriniaeth ar hyn o bryd.",
    },
    "not-discussed": {
      self: "Nid oes neb wedi trafod llawdriniaeth gyda mi.",
      she: "Nid oes neb wedi trafod llawdriniaeth gyda hi.",
      he: "Nid oes neb wedi trafod llawdriniaeth gydag ef.",
      they: "Nid oes neb wedi trafod llawdriniaeth gyda nhw.",
      name: "Nid yw {patient} wedi trafod llawdriniaeth gyda'r tîm eto.",
    },
  },
  reasonGiven: "Y rheswm: {reason}",
  treatmentFirst: {
    self: "Hoffwn i wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
    she: "Hoffai hi wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
    he: "Hoffai ef wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
    they: "Hoffen nhw wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
    name: "Hoffai {patient} wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
  },
  /** Someone acting for a patient who cannot agree asks in their own name (letterShared.representative). */
  representative: {
    treatmentFirst: {
      she: "Hoffwn i wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
      he: "Hoffwn i wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
      they: "Hoffwn i wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
      name: "Hoffwn i wybod hefyd a allai triniaeth cyn llawdriniaeth, fel cemotherapi, wneud llawdriniaeth yn bosibl.",
    },
  },
  /** The last ask: a reply by a date, with the reasons in writing if the answer is no (letters.md, letter 2). */
  replyByItem:
    "A wnewch chi roi gwybod i mi erbyn {date} a allwch chi wneud yr atgyfeiriad hwn? Os na allwch chi, rhowch y rheswm i mi yn ysgrifenedig, os gwelwch yn dda.",
};
