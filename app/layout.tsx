import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/site/LanguageSwitch";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { UpdatePrompt } from "@/components/site/UpdatePrompt";
import { otherLanguage, SITE_LANGUAGES, siteLanguageOf } from "@/lib/site/languages";
import { messages } from "@/messages";
import { fill } from "@/messages/format";
import "./globals.scss";

// Keep this layout tiny: everything here is sent to every page, and a cheap phone
// pays for every kilobyte of script. Its one client component, UpdatePrompt, is
// small and loads the service worker's helper only once the page is idle.

const { site } = messages;
const service = { service: site.serviceName, subtitle: site.subtitle };
const language = SITE_LANGUAGES[siteLanguageOf(process.env.SITE_LOCALE)];
const other = SITE_LANGUAGES[otherLanguage(siteLanguageOf(process.env.SITE_LOCALE))];

export const metadata: Metadata = {
  title: {
    template: fill(site.titleTemplate, { title: "%s", service: site.serviceName }),
    default: site.serviceName,
  },
  description: fill(site.description, service),
  applicationName: site.serviceName,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#3d2b6b",
};

/**
 * nhsuk-frontend's own page-template snippet: marks the page as one its styles may enhance (it
 * hides conditional questions, for one, only under this class). Its hash is in every page's
 * Content Security Policy (scripts/csp.mjs).
 */
const SUPPORTED = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The base path is read from here by the pages' scripts (lib/site/languages.ts), so both languages' builds share their chunks.
    <html lang={messages.meta.tag} data-base-path={language.base}>
      <body suppressHydrationWarning>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of ours, hashed into the CSP */}
        <script dangerouslySetInnerHTML={{ __html: SUPPORTED }} />
        <a className="nhsuk-skip-link" href="#maincontent">
          {site.skipLink}
        </a>
        <SiteHeader words={site} />
        <div className="nhsuk-width-container">
          <LanguageSwitch words={site.languages} other={other} />
          <UpdatePrompt words={site.update} />
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <SiteFooter words={site} />
      </body>
    </html>
  );
}
