import { Fragment } from "react";
import { fill, type Params } from "@/messages/format";
import type { Rich } from "@/messages/types";
import { siteHref } from "@/lib/site/languages";

/** A sentence from the catalogue with bold parts and links to our own pages (as this language serves them); `{name}` filled from `params`. */
export function RichText({ value, params }: { value: Rich; params?: Params }) {
  if (typeof value === "string") return <>{fill(value, params)}</>;
  return (
    <>
      {value.map((part, i) => (
        // Parts of one sentence never reorder, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={i}>
          {typeof part === "string" ? (
            fill(part, params)
          ) : "strong" in part ? (
            <strong>{fill(part.strong, params)}</strong>
          ) : (
            <a className="nhsuk-link" href={siteHref(part.href)}>
              {fill(part.text, params)}
            </a>
          )}
        </Fragment>
      ))}
    </>
  );
}
