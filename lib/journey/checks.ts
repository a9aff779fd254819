export { firstIncompleteStep, isStepComplete, nextStep } from "./progress";
export { rulesById, rulesSchema } from "./rules";
