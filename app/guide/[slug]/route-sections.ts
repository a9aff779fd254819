import type { ContentBlock, ContentSection } from "@/components/site/ContentSections";
import type { TNation } from "@/lib/answers/vocabulary";
import { HELP_CONTACTS, routeFor } from "@/lib/organisations/routing";
import type { Catalogue } from "@/messages/catalogue";
import { fill } from "@/messages/format";

/**
 * A guide's section for one nation, made from the routing table (lib/organisations/routing.ts), so
 * the guide says what the letters do: who to write to about a hospital team and about a GP
 * practice, the free help, the time limit and what to expect, and who can act after that.
 */
export function routeSection(heading: string, nation: TNation, words: Catalogue["routes"]): ContentSection {
  const g = words.guide;
  const hospital = routeFor(nation, "hospital", nation);
  const practice = routeFor(nation, "practice", nation);
  const help = (id: (typeof hospital.freeHelp)[number]) => `${fill(words.freeHelp[id].page, { phone: HELP_CONTACTS[id].phone ?? "" })}`;
  const process = words.processes[hospital.process];
  const blocks: ContentBlock[] = [
    {
      list: [
        [{ strong: g.hospital }, fill(g.writeTo, { team: words.addressees[hospital.addressee].name, body: g.bodies[nation] })],
        [{ strong: g.practice }, fill(g.writeToPractice, { team: words.addressees[practice.addressee].name }), " ", words.next[practice.next].page],
      ],
    },
    { paragraph: [{ strong: g.freeHelp }, " ", ...hospital.freeHelp.map(help)] },
    { paragraph: [{ strong: g.timeLimit }, " ", process.timeLimit, " ", process.expect] },
    { paragraph: [words.next[hospital.next].page, " ", words.ombudsmen[hospital.ombudsman].page] },
  ];
  return { heading, blocks };
}
