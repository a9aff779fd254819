import { address, defineStep } from "@/lib/journey/kit";

/** The patient's address, and for someone writing for them, theirs if it is not the same (a reply goes to them). */
export default defineStep({
  id: "patient-address",
  asked: "always",
  section: "details",
  heading: "title",
  fields: [
    address("patient.address", { autofill: "patient" }),
    {
      kind: "presence",
      name: "ownAddress",
      path: "writer.address",
      size: "m",
      when: { writer: "helper" },
      reveals: [address("writer.address", { autofill: "writer", name: "writerAddress", lines: "writer" })],
    },
  ],
});
