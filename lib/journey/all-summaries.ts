export { SUMMARIES } from "./summaries";
export { VIEWS } from "./views";
