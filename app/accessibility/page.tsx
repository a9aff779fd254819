import type { Metadata } from "next";
import { SERVICE_NAME } from "@/content/site";

export const metadata: Metadata = {
  title: "Accessibility statement",
};

export default function AccessibilityPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement</h1>
        <p className="nhsuk-body-l">
          This statement is about the {SERVICE_NAME} website. We want as many people as possible
          to be able to use it.
        </p>

        <h2>Using this website</h2>
        <p>We have built this website so that you can:</p>
        <ul>
          <li>change colours, contrast levels and fonts in your browser</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use it on a small phone screen without scrolling sideways</li>
          <li>move around it using just a keyboard</li>
          <li>use it with a screen reader or speech recognition software</li>
        </ul>
        <p>The text is written to be as simple as we can make it.</p>

        <h2>How accessible this website is</h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
        </p>
        <p>
          We check every page with automated tests, and by hand with a keyboard. Automated tests
          cannot find every problem. An independent expert has not yet checked the website.
        </p>
        <p>
          We are still checking how well the PDF letters work with screen readers. If a PDF does
          not work for you, use the Word or plain text version of your letter.
        </p>

        <h2>Reporting a problem</h2>
        <p>
          If you find a problem, please tell us. Raise an issue with the team that runs this
          service. Tell us:
        </p>
        <ul>
          <li>the web address or title of the page</li>
          <li>what you were trying to do</li>
          <li>the device, browser and any assistive technology you use</li>
        </ul>
        <p>
          <strong>
            Do not include your name, your health details or anything from your letter.
          </strong>{" "}
          We do not need them to fix the problem.
        </p>

        <h2>About this statement</h2>
        <p>{SERVICE_NAME} is independent of the NHS. It is not a public sector website.</p>
        <p>We wrote this statement on 25 November 2026. We will review it when the website changes.</p>
      </div>
    </div>
  );
}
