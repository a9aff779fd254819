import { address, defineStep } from "../kit";

export default defineStep({
  id: "patient-address",
  asked: "always",
  section: "details",
  heading: "title",
  fields: [address("patient.address", { autofill: "patient" })],
});
