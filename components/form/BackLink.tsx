import type { AnchorHTMLAttributes } from "react";
import { siteHref } from "@/lib/site/languages";

/** NHS back link to a page of the site (as this language serves it) or a place on this one; other attributes go on the link (a journey page marks the cases it is drawn for). */
export function BackLink({ href, text, ...rest }: { href: string; text: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  return (
    <a className="nhsuk-back-link" href={siteHref(href)} {...rest}>
      {text}
    </a>
  );
}
