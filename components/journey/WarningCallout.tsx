import type { ReactNode } from "react";

/**
 * The NHS warning callout, announced politely; `prefix` ("Important: ") tells screen reader users
 * what kind of message it is. `level` keeps the page's headings in order where the callout sits
 * in a section.
 */
export function WarningCallout({
  testId,
  prefix,
  heading,
  level = 2,
  children,
}: {
  testId: string;
  prefix: string;
  heading: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="nhsuk-warning-callout" role="status" data-testid={testId}>
      <Heading className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">{prefix}</span>
        {heading}
      </Heading>
      {children}
    </div>
  );
}
