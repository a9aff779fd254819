export { BackLink } from "./BackLink";
export { Checkboxes, SingleCheckbox } from "./Checkboxes";
export { DateInput } from "./DateInput";
export { ErrorSummary, type ErrorLink } from "./ErrorSummary";
export { Fieldset } from "./Fieldset";
export type { ChoiceItem } from "./ChoiceOption";
export { Radios } from "./Radios";
export { Textarea } from "./Textarea";
export { TextInput } from "./TextInput";
