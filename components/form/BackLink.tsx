import type { AnchorHTMLAttributes } from "react";

/** NHS back link; other attributes go on the link (a journey page marks the cases it is drawn for). */
export function BackLink({ href, text, ...rest }: { href: string; text: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  return (
    <a className="nhsuk-back-link" href={href} {...rest}>
      {text}
    </a>
  );
}
