import type { ReactNode } from "react";
import { siteHref } from "@/lib/site/languages";

/**
 * A green start button that is a real link.
 *
 * nhsuk-frontend's "button as a link" adds role="button", which needs its JavaScript
 * to answer the space key. We load no nhsuk JavaScript on content pages, so this
 * stays a plain link: it is announced as a link and works with Enter.
 */
export function StartButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="nhsuk-button nhsuk-button--icon app-start-button" href={siteHref(href)} draggable="false">
      <span className="nhsuk-button__content">{children}</span>
      <svg
        className="nhsuk-icon nhsuk-icon--arrow-right"
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        focusable="false"
        aria-hidden="true"
      >
        <path d="m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z" />
      </svg>
    </a>
  );
}
