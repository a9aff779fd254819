import Link from "next/link";
export function BackLink({ href, text }: { href: string; text: string }) {
  return (
    <Link className="nhsuk-back-link" href={href}>
      {text}
    </Link>
  );
}
