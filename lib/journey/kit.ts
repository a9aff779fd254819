import type * as z from "zod/mini";
import type { TSectionKey } from "@/lib/answers";
import { LIMITS } from "@/lib/answers/text";
import type { TNation, TRecipient } from "@/lib/answers/vocabulary";
import type { TLetterKind } from "@/lib/letter/kinds";
import type { JourneySection } from "./sections";

/**
 * What a question page is made of, as data: the journey renders every page from these (one route,
 * app/(journey)/questions/[step]), checks them (lib/journey/check-page.ts), reads them back from
 * the answers and lists them on check answers. A field's words are in the catalogue under the
 * page's id and the field's name (messages/<language>/steps/<id>.ts). What each kind of field
 * does is its own modules: lib/journey/field-kinds/<kind>.ts and <kind>.check.ts, and its view in
 * components/journey/fields/ (CODE_STYLE.md, "A field kind").
 */

interface Common {
  /** The form's name for it, and its input's id: short and unique on the page. */
  name: string;
  /** Where the answer goes in the answers, as a dotted path ("patient.fullName"). */
  path: string;
  /** Where the answer goes when someone is writing for the patient, if not `path` (their own phone, not the patient's). */
  helperPath?: string;
  /** Left blank, the page still moves on and the answer is left out. */
  optional?: boolean;
  /**
   * Asked only for letters to these recipients, letters that need this section of the answers, or
   * only of the patient or of someone writing for them ("helper": a helper or a representative);
   * otherwise the answer is left as it is.
   */
  when?: { recipient?: readonly TRecipient[]; needs?: TSectionKey; writer?: "patient" | "helper" };
  /** A question under the page's own heading: a medium label or legend. */
  size?: "m";
  /** Not asked while another question on the page has one of these answers ("when were you told?" once nothing was said). */
  hiddenWhen?: { field: string; is: readonly string[] } | { field: string; filled: true };
}

export interface TextField extends Common {
  kind: "text";
  type?: "tel" | "email";
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  inputMode?: "numeric";
  /** The browser's autofill token, used only when the answer is the user's own (see `personal`). */
  autoComplete?: string;
  /** About the patient: autofill only when the patient is the one writing. */
  personal?: boolean;
  spellCheck?: false;
  /** Shown the NHS way (943 476 5919) when read back. */
  display?: "nhs-number";
  /** A greeting worked out from the name in another field of the page, shown in the hint as it is typed. */
  greetingFrom?: string;
}

export interface TextareaField extends Common {
  kind: "textarea";
  rows?: number;
  /** The character count's limit, the same as the answer's. */
  max: number;
}

export interface DateField extends Common {
  kind: "date";
  autoComplete?: "bday";
  personal?: boolean;
  /** A date that must come after today (a reply-by date). */
  after?: "today";
  /** Left blank, the letter asks for a reply a set number of working days after its date: the page shows that date. */
  replyDefault?: true;
}

export interface RadiosField extends Common {
  kind: "radios";
  options: readonly string[];
  /** "yes" and "no" stand for true and false in the answers. */
  boolean?: true;
  /** Questions shown under an option while it is chosen (NHS conditional reveal). */
  reveals?: Readonly<Record<string, readonly Field[]>>;
}

/** "Do you have a back-up?": yes shows the section's questions; no leaves the section out. */
export interface PresenceField extends Omit<Common, "optional"> {
  kind: "presence";
  reveals: readonly Field[];
}

export interface CheckboxesField extends Common {
  kind: "checkboxes";
  options: readonly string[];
  /** At least this many ticked (otherwise none is fine). */
  min?: number;
}

/** One box that must be ticked, such as the patient's agreement. */
export interface TickField extends Common {
  kind: "tick";
}

/** Questions answered together (an address), listed as one row on check answers. */
export interface GroupField extends Common {
  kind: "group";
  /** Under a legend of its own, with its hint. */
  fieldset?: true;
  fields: readonly TextField[];
}

/**
 * The name of an organisation (a hospital, trust, health board or GP practice): typed, or picked
 * from our list of NHS organisations (lib/organisations), offered as the user types. A pick puts
 * the organisation's code at `codePath` and fills the questions on the page named in `fills`: its
 * postal address (a group's line names) and where it is (a radios question's name). Without
 * JavaScript, or for a name not in the list, it is a plain text answer.
 */
export interface OrganisationField extends Common {
  kind: "organisation";
  codePath: string;
  fills?: { address?: AddressLineNames; nation?: string };
}

/** The names of an address group's inputs on a page (`address()` makes them). */
export interface AddressLineNames {
  line1: string;
  line2: string;
  town: string;
  postcode: string;
}

/** An answer a page keeps without asking: an organisation's code, set by a pick (a hidden input). */
export interface CodeField extends Common {
  kind: "code";
}

export type Field =
  | TextField
  | TextareaField
  | DateField
  | RadiosField
  | PresenceField
  | CheckboxesField
  | TickField
  | GroupField
  | OrganisationField
  | CodeField;

/** The field of one kind: what that kind's modules are written for (lib/journey/field-kinds/, components/journey/fields/). */
export type FieldOf<K extends Field["kind"]> = Extract<Field, { kind: K }>;

/** When a page is asked: by every letter, by letters that need its section, or by letters that list it. */
export type Asked = "always" | "optional" | { section: TSectionKey };

/** Where a page's rule reports a problem (by the answer's path from the top of the answers), who is writing, and the patient's nation if known. */
export interface RuleContext {
  addIssue(issue: z.core.$ZodRawIssue): void;
  helper?: boolean;
  nation?: TNation;
}

/** A rule across a page's answers (a way to reply; at least one reason), with the answers as the page read them. */
export type PageRule = (answers: Record<string, unknown>, ctx: RuleContext) => void;

/** A rule written for one section of the answers ("patient"), reporting paths inside it. */
export function within(section: string, ctx: RuleContext): RuleContext {
  return { ...ctx, addIssue: (issue) => ctx.addIssue({ ...issue, path: [section, ...(issue.path ?? [])] }) };
}

export interface StepDefinition<Id extends string = string> {
  id: Id;
  asked: Asked;
  section: JourneySection;
  /** "title": an h1, then the questions. "field": one question whose label or legend is the h1. */
  heading: "title" | "field";
  fields: readonly Field[];
  rule?: PageRule;
  /**
   * Its answers can look mistyped and still be right (a CHI number that does not start with the
   * date of birth): after Continue the page loads lib/answers/warnings.ts and shows any warning
   * about its own answers once, before it moves on.
   */
  warns?: true;
}

export function defineStep<const Id extends string>(step: StepDefinition<Id>): StepDefinition<Id> {
  return step;
}

/**
 * The four lines of a UK address: the patient's, a helper's, a GP practice's, a hospital's.
 * Autofill offers the user's own address: `autofill` says whose this is ("patient": only when the
 * patient writes; "writer": always; none for anyone else's).
 */
/** The input names of an address's lines: a second address on a page names its lines apart ("writerLine1"), since a field's name is its input's id. */
export function addressLineNames(prefix?: string): AddressLineNames {
  const line = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  return { line1: line("line1"), line2: line("line2"), town: line("town"), postcode: line("postcode") };
}

export function address(
  path: string,
  options: { autofill?: "patient" | "writer"; name?: string; fieldset?: true; optional?: true; lines?: string } = {},
): GroupField {
  const personal = options.autofill === "patient";
  const token = (name: string) => (options.autofill ? name : undefined);
  const names = addressLineNames(options.lines);
  return {
    kind: "group",
    name: options.name ?? "address",
    path,
    fieldset: options.fieldset,
    optional: options.optional,
    fields: [
      { kind: "text", name: names.line1, path: `${path}.line1`, autoComplete: token("address-line1"), personal },
      { kind: "text", name: names.line2, path: `${path}.line2`, optional: true, autoComplete: token("address-line2"), personal },
      { kind: "text", name: names.town, path: `${path}.town`, width: 20, autoComplete: token("address-level2"), personal },
      { kind: "text", name: names.postcode, path: `${path}.postcode`, width: 10, autoComplete: token("postal-code"), personal, spellCheck: false },
    ],
  };
}

export const YES_NO = ["yes", "no"] as const;

/**
 * What a letter is, without its wording or code: all the journey needs to know about it. Data
 * only, so a server page can hand the letters to the browser as they are. `Step` is the step
 * registry's ids, given by the templates (templates/types.ts), so a letter can only ask pages that exist.
 */
export interface LetterMeta<
  K extends TSectionKey = TSectionKey,
  Id extends string = string,
  Step extends string = string,
  Kind extends TLetterKind = TLetterKind,
> {
  id: Id;
  /** What kind of letter it is: what its letter page offers, its reminder and its reply-by rule follow (lib/letter/kinds.ts). */
  kind: Kind;
  recipient: TRecipient;
  /** A surgical opinion: the surgical questions and hints. */
  surgical: boolean;
  /** Answer sections this letter cannot be written without: their question pages are asked. */
  needs: readonly K[];
  /** Optional question pages this letter asks, and uses the answers of when given. */
  asks: readonly Step[];
}
export { LIMITS };
