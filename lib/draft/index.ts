export * from "./format";
export * from "./migrate";
export * from "./storage";
export * from "./clean";
export * from "./validate";
export * from "./answers-file";
