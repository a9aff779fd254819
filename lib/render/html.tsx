import type { ReactNode } from "react";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/**
 * The letter as semantic HTML that looks like a letter on paper. Pure: no state, no effects, so it
 * renders on the server, in the browser and in `renderToStaticMarkup`.
 *
 * Styles live in `lib/render/letter-preview.css` (class names start `letter-`). This module does
 * not import the CSS itself: the CLI and tests load this file through `lib/render/index.ts` in
 * plain Node, which cannot import `.css`. The page that shows the preview imports the CSS.
 */
export function LetterPreview({ doc }: { doc: LetterDocument }) {
  return (
    <article className="letter" lang={doc.language} aria-label={doc.title}>
      {doc.blocks.map((block, index) => (
        <LetterBlockView key={"id" in block ? `${block.id}` : `${block.kind}-${index}`} block={block} />
      ))}
    </article>
  );
}

/** Lines separated by `<br>`, for addresses and signatures. */
function Lines({ lines }: { lines: readonly string[] }): ReactNode {
  return lines.map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a letter's lines never reorder, and two lines may say the same
    <span key={i} className="letter-line">
      {line}
      {i < lines.length - 1 ? <br /> : null}
    </span>
  ));
}

function LetterBlockView({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "address":
      return (
        <address className={`letter-address letter-address--${block.role}`} data-block-id={block.id}>
          <Lines lines={block.lines} />
        </address>
      );
    case "date":
      return <p className="letter-date">{block.text}</p>;
    case "heading":
      // A subject line, not a page heading: an <h2> here would sit in the page's outline.
      return (
        <p className="letter-subject" data-block-id={block.id}>
          <strong>{block.text}</strong>
        </p>
      );
    case "paragraph":
      return (
        <p className="letter-paragraph" data-block-id={block.id}>
          {block.text}
        </p>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a letter's lines never reorder, and two lines may say the same
        <li key={i} className="letter-list-item">
          {item}
        </li>
      ));
      return block.style === "numbered" ? (
        <ol className="letter-list letter-list--numbered" data-block-id={block.id}>
          {items}
        </ol>
      ) : (
        <ul className="letter-list letter-list--bullet" data-block-id={block.id}>
          {items}
        </ul>
      );
    }
    case "signature":
      return (
        <div className="letter-signature" data-block-id={block.id}>
          {block.closing ? <p className="letter-closing">{block.closing}</p> : null}
          {block.lines.length > 0 ? (
            <p className="letter-signature-lines">
              <Lines lines={block.lines} />
            </p>
          ) : null}
        </div>
      );
    default:
      return assertNever(block);
  }
}
