import Link from "next/link";
import { COMMON } from "@/content/questions/common";

export function BackLink({ href, text = COMMON.back }: { href: string; text?: string }) {
  return (
    <Link className="nhsuk-back-link" href={href}>
      {text}
    </Link>
  );
}
