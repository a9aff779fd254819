import type { TSectionKey } from "@/lib/answers";
import { TEMPLATE_IDS, type TemplateId } from "@/lib/letter/model";

/**
 * What the journey needs to know about each letter without its wording: the titles the user
 * chooses from and the answer sections it cannot be written without. Kept apart from the
 * templates so the question pages do not load the letters' text; each template spreads its
 * own entry (templates/<id>/template.ts).
 */
export interface TemplateInfo<K extends TSectionKey = TSectionKey> {
  id: TemplateId;
  /** Short title, as `--list` prints it. */
  title: string;
  /** What the letter does, in the user's own terms ("Ask my GP for another oncologist"). */
  userTitle: string;
  /** One or two plain sentences on when to use this letter. */
  description: string;
  /** Answer sections this letter cannot be written without. */
  needs: readonly K[];
}

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === "string" && (TEMPLATE_IDS as readonly string[]).includes(value);
}

function info<const K extends TSectionKey>(entry: TemplateInfo<K>): TemplateInfo<K> {
  return entry;
}

export const CATALOGUE = {
  "gp-oncology-second-opinion": info({
    id: "gp-oncology-second-opinion",
    title: "Letter to your GP asking for a second opinion from another oncology team",
    userTitle: "Ask my GP for another oncologist",
    description:
      "Your GP can refer you to an oncologist or cancer team at another hospital, local or national, for a second opinion on your diagnosis or treatment plan.",
    needs: ["gp", "currentTeam", "diagnosis", "reasons", "preferred"],
  }),
  "oncologist-surgical-review": info({
    id: "oncologist-surgical-review",
    title: "Letter to your oncologist asking for a surgical review by another team",
    userTitle: "Ask my oncologist for another surgical team",
    description:
      "If you have been told surgery is not possible, your oncologist can refer you to another surgical team or specialist centre for their view.",
    needs: ["currentTeam", "diagnosis", "surgery", "reasons", "preferred"],
  }),
  "gp-surgical-second-opinion": info({
    id: "gp-surgical-second-opinion",
    title: "Letter to your GP asking for a surgical second opinion",
    userTitle: "Ask my GP for a surgical second opinion",
    description:
      "It is more usual for your oncologist to ask for a surgical opinion, but your GP may be able to refer you to another surgical team too.",
    needs: ["gp", "currentTeam", "diagnosis", "surgery", "reasons", "preferred"],
  }),
  "pals-concern": info({
    id: "pals-concern",
    title: "Letter to the patient advice service (PALS or its equivalent) asking for help",
    userTitle: "Ask the patient advice service for help",
    description:
      "If you asked for a second opinion and have had no reply, or cannot agree with your team, the hospital's patient advice service can help. It is not a formal complaint.",
    needs: ["currentTeam", "concern"],
  }),
} satisfies Record<TemplateId, TemplateInfo>;
