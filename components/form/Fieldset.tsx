import type { ReactNode } from "react";
import { cx, type LabelSize } from "./shared";

export interface FieldsetProps {
  legend: ReactNode;
  /** Makes the legend the page's h1, for pages that ask one question. */
  isPageHeading?: boolean;
  size?: LabelSize;
  describedBy?: string;
  /** "group" for date inputs, so screen readers read the hint (NHS guidance for JAWS). */
  role?: "group";
  className?: string;
  children: ReactNode;
}

export function Fieldset({ legend, isPageHeading, size, describedBy, role, className, children }: FieldsetProps) {
  const legendSize = size ?? (isPageHeading ? "l" : undefined);
  return (
    <fieldset className={cx("nhsuk-fieldset", className)} aria-describedby={describedBy} role={role}>
      <legend className={cx("nhsuk-fieldset__legend", legendSize && `nhsuk-fieldset__legend--${legendSize}`)}>
        {isPageHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
