import { address, defineStep } from "../kit";

export default defineStep({
  id: "gp",
  asked: { section: "gp" },
  heading: "title",
  fields: [
    { kind: "text", name: "name", path: "gp.name", spellCheck: false },
    { kind: "text", name: "greeting", path: "gp.greeting", optional: true, spellCheck: false, greetingFrom: "name" },
    { kind: "text", name: "practiceName", path: "gp.practiceName" },
    // All or nothing: an address is only needed to post the letter.
    address("gp.address", { fieldset: true, optional: true }),
  ],
});
