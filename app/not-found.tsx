import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Page not found</h1>
        <p>We cannot find this page.</p>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied all of it.</p>
        <p>If you were answering questions, your answers are still saved on this device.</p>
        <p>
          <a className="nhsuk-link" href="/">
            Go to the start page
          </a>
        </p>
      </div>
    </div>
  );
}
