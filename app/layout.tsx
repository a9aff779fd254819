import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SERVICE_NAME, SERVICE_SUBTITLE } from "@/content/site";
import "./globals.scss";

// Keep this layout tiny and free of client components: everything here is
// sent to every page, and a cheap phone pays for every kilobyte of script.

export const metadata: Metadata = {
  title: {
    template: `%s – ${SERVICE_NAME}`,
    default: SERVICE_NAME,
  },
  description: `${SERVICE_NAME}: ${SERVICE_SUBTITLE}. Your answers stay on your device.`,
  applicationName: SERVICE_NAME,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#3d2b6b",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <SiteHeader />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
