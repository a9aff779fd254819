import type { Params } from "@/messages/format";
import type { Rich } from "@/messages/types";
import { RichText } from "./RichText";

/** A block of a content page (a guide, privacy, accessibility), as the catalogue writes it. */
export type ContentBlock = { paragraph: Rich } | { list: readonly Rich[] } | { inset: string };
export interface ContentSection {
  heading: string;
  blocks: readonly ContentBlock[];
  /** Its id, for a link to the section from another page ("/guide/how/#cannot-decide"). */
  anchor?: string;
}

function Block({ block, params, informationPrefix }: { block: ContentBlock; params?: Params; informationPrefix: string }) {
  if ("paragraph" in block) {
    return (
      <p>
        <RichText value={block.paragraph} params={params} />
      </p>
    );
  }
  if ("list" in block) {
    return (
      <ul>
        {block.list.map((item, index) => (
          // Items never reorder, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <RichText value={item} params={params} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">{informationPrefix}</span>
      <p>{block.inset}</p>
    </div>
  );
}

/** The sections of a content page, each a heading and its blocks. A server component: no JavaScript. */
export function ContentSections({ sections, params, informationPrefix }: { sections: readonly ContentSection[]; params?: Params; informationPrefix: string }) {
  return sections.map((section) => (
    <section key={section.heading} id={section.anchor}>
      <h2>{section.heading}</h2>
      {section.blocks.map((block, index) => (
        // Blocks never reorder, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Block block={block} params={params} informationPrefix={informationPrefix} key={index} />
      ))}
    </section>
  ));
}
