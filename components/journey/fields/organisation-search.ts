import type { Directory } from "@/lib/organisations/directory";
import { lazyModule } from "@/lib/lazy-module";

/**
 * Our list of NHS organisations, fetched the first time someone types in a question that offers
 * it: about 20 KB gzip, so no page carries it until then. The service worker keeps it offline.
 */
export const DIRECTORY = lazyModule<Directory>(() => import("@/lib/organisations/nhs-directory").then((module) => module.nhsDirectory()));

/** How many matches the list shows at once: enough to choose from on a phone's screen. */
export const MATCHES_SHOWN = 8;
/** Letters typed before the list is offered: one letter matches too much to read out. */
export const LETTERS_BEFORE_LIST = 2;
