// Words used on every page. Wording lives in content files, not in components.

export const SERVICE_NAME = "Ask for a second opinion";
export const SERVICE_SUBTITLE = "letters for people with cancer in the UK";

export const INDEPENDENCE_STATEMENT =
  "This service is independent of the NHS. It is not an NHS service.";

export const PRIVACY_PROMISE = "Your answers stay on this device: we never see them.";

/** Where the question journey starts. */
export const START_HREF = "/questions/choose-letter/";
