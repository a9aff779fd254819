import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidePage } from "@/components/site/GuidePage";
import { getGuide, guides } from "@/content/guides";

type Props = { params: Promise<{ slug: string }> };

// Only the guides in content/guides.ts exist; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return guides.map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  return guide ? { title: guide.title, description: guide.summary } : {};
}

export default async function GuideRoute({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return <GuidePage guide={guide} />;
}
