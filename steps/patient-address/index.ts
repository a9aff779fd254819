import { address, defineStep } from "../kit";

export default defineStep({
  id: "patient-address",
  asked: "always",
  heading: "title",
  fields: [address("patient.address", { autofill: "patient" })],
});
