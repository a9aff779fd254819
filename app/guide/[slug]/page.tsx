import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ContentSection } from "@/components/site/ContentSections";
import { GuidePage } from "@/components/site/GuidePage";
import { DEVICE_HREF } from "@/lib/journey/flow";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { routeSection } from "./route-sections";

type Props = { params: Promise<{ slug: string }> };

const { guides } = messages;
const getGuide = (slug: string) => guides.guides.find((guide) => guide.slug === slug);

// Only the guides in the catalogue exist; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return guides.guides.map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  return guide ? { title: guide.title, description: guide.summary } : {};
}

export default async function GuideRoute({ params }: Props) {
  const found = getGuide((await params).slug);
  if (!found) notFound();
  // A section that names a nation's routes is made from the routing table, as the letters are.
  const sections: ContentSection[] = found.sections.map((section) =>
    "routesFor" in section && section.routesFor
      ? routeSection(section.heading, section.routesFor, messages.routes)
      : { heading: section.heading, blocks: "blocks" in section ? (section.blocks ?? []) : [] },
  );
  const guide = { ...found, sections };
  return (
    <GuidePage guide={guide} words={guides} format={formatFor(messages.meta)} startHref={DEVICE_HREF} informationPrefix={messages.site.informationPrefix} />
  );
}
