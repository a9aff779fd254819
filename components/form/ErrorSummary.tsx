"use client";

import type { MouseEvent, Ref } from "react";
import { siteHref } from "@/lib/site/languages";

export interface ErrorLink {
  /** The id of the field (or the element holding it) to move to. */
  target: string;
  /** A link to another page instead, e.g. the question page where a problem is fixed. */
  href?: string;
  message: string;
}

/**
 * The NHS error summary. The page focuses it after a failed submit (it has tabIndex -1); each
 * link moves focus to its field and scrolls the field's label or legend into view.
 */
export function ErrorSummary({ errors, ref, title, description }: { errors: ErrorLink[]; ref?: Ref<HTMLDivElement>; title: string; description?: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((e) => (
              <li key={`${e.target}:${e.message}`}>
                <a href={e.href ? siteHref(e.href) : `#${e.target}`} onClick={e.href ? undefined : (event) => focusField(event, e.target)}>
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const input = el.matches("input, textarea, select") ? el : el.querySelector<HTMLElement>(".nhsuk-input--error, input, textarea, select");
  if (!input) return;
  event.preventDefault();
  const legend = input.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
