import type { ReactNode } from "react";
import { COMMON } from "@/content/questions/common";

/** Joins the ids of a field's hint and error for aria-describedby (undefined when there are none). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

export function Hint({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  if (children === undefined || children === null || children === "") return null;
  return (
    <div className={cx("nhsuk-hint", className)} id={id}>
      {children}
    </div>
  );
}

/** NHS error message: the visually hidden "Error:" tells screen reader users what it is. */
export function ErrorMessage({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{COMMON.errorPrefix.trim()}</span> {children}
    </span>
  );
}

export type LabelSize = "s" | "m" | "l" | "xl";
