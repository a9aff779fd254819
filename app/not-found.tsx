import type { Metadata } from "next";
import { messages } from "@/messages";
import { siteHref } from "@/lib/site/languages";

const { notFound } = messages.site;

export const metadata: Metadata = { title: notFound.title };

export default function NotFound() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{notFound.title}</h1>
        {notFound.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>
          <a className="nhsuk-link" href={siteHref("/")}>
            {notFound.home}
          </a>
        </p>
      </div>
    </div>
  );
}
