import { describe, expect, test } from "vitest";
import * as kit from "@/components/form";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import type { ContentFixture } from "./fixtures/fieldset";
import { type ComponentName, FIXTURES, type FixtureProps, renderAllFixtures, renderFixture } from "./fixtures/render";

// The NHS form kit, drawn from its fixtures (./fixtures/<component>.ts) exactly as the browser's
// accessibility test draws them (tests/e2e/form-components.spec.ts): what each NHS pattern needs of
// the markup (ids, names, labels, aria-describedby, error states, the character count).

const words = messages.form;
const format = formatFor(messages.meta);
const ERROR_PREFIX = words.errorPrefix.trim();
const DATE_PARTS = ["day", "month", "year"] as const;

// A small reader for the markup renderToStaticMarkup writes: well formed, attributes always quoted.

interface Element {
  tag: string;
  attrs: Map<string, string>;
  children: (Element | string)[];
  parent: Element | null;
}

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const TOKEN = /<\/([a-z0-9]+)>|<([a-z0-9]+)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity]!);

function parse(html: string): Element {
  const root: Element = { tag: "#root", attrs: new Map(), children: [], parent: null };
  let current = root;
  let read = 0;
  for (const m of html.matchAll(TOKEN)) {
    if (m.index !== read) throw new Error(`Unreadable markup at ${read}: ${html.slice(read, read + 40)}`);
    read += m[0].length;
    const [, closing, opening, attributes, selfClosing, text] = m;
    if (closing) {
      if (closing !== current.tag) throw new Error(`</${closing}> closes <${current.tag}>`);
      current = current.parent!;
    } else if (opening) {
      const attrs = new Map([...(attributes ?? "").matchAll(ATTRIBUTE)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? "")] as const));
      const element: Element = { tag: opening, attrs, children: [], parent: current };
      current.children.push(element);
      if (!VOID_TAGS.has(opening) && !selfClosing) current = element;
    } else current.children.push(decode(text!));
  }
  if (read !== html.length || current !== root) throw new Error("Markup ends inside an element");
  return root;
}

function descendants(element: Element): Element[] {
  return element.children.flatMap((child) => (typeof child === "string" ? [] : [child, ...descendants(child)]));
}

const textOf = (element: Element): string => element.children.map((child) => (typeof child === "string" ? child : textOf(child))).join("");
const classesOf = (element: Element) => (element.attrs.get("class") ?? "").split(" ").filter(Boolean);
const hasClass = (element: Element, name: string) => classesOf(element).includes(name);
const withClass = (within: Element, name: string) => descendants(within).filter((e) => hasClass(e, name));
const ancestorsOf = (element: Element): Element[] => (element.parent ? [element.parent, ...ancestorsOf(element.parent)] : []);
const isInside = (element: Element, container: Element) => ancestorsOf(element).includes(container);

function byId(root: Element, id: string): Element {
  const found = descendants(root).filter((e) => e.attrs.get("id") === id);
  expect(found, `one element with id "${id}"`).toHaveLength(1);
  return found[0]!;
}

function labelFor(root: Element, id: string): Element {
  const labels = descendants(root).filter((e) => e.tag === "label" && e.attrs.get("for") === id);
  expect(labels, `one label for "${id}"`).toHaveLength(1);
  return labels[0]!;
}

/** The element's aria-describedby names exactly these ids, each of an element in the markup. */
function expectDescribedBy(root: Element, element: Element, ids: (string | false | undefined)[]) {
  const expected = ids.filter((id): id is string => Boolean(id));
  const described = element.attrs.get("aria-describedby");
  expect(described?.split(" ") ?? [], "aria-describedby").toEqual(expected);
  for (const id of expected) byId(root, id);
}

function expectHint(root: Element, id: string, hint: string, className = "nhsuk-hint") {
  const element = byId(root, id);
  expect(classesOf(element)).toContain(className);
  expect(textOf(element)).toBe(hint);
}

/** The NHS error message: its id, its text, and the visually hidden prefix that says it is an error. */
function expectErrorMessage(root: Element, id: string, message: string) {
  const element = byId(root, id);
  expect(element.tag).toBe("span");
  expect(classesOf(element)).toEqual(["nhsuk-error-message"]);
  const prefix = element.children[0];
  expect(typeof prefix === "object" && prefix.tag === "span" && hasClass(prefix, "nhsuk-u-visually-hidden")).toBe(true);
  expect(textOf(prefix as Element)).toBe(ERROR_PREFIX);
  expect(textOf(element)).toBe(`${ERROR_PREFIX} ${message}`);
}

/** Every class in the markup (outside `except`) that marks an error. */
function errorClasses(root: Element, except: Element[] = []): string[] {
  return descendants(root)
    .filter((e) => !except.some((container) => e === container || isInside(e, container)))
    .flatMap((e) => classesOf(e).filter((name) => name.endsWith("--error") || name === "nhsuk-error-message"));
}

/** The first element of the markup: the component's form group (or its own element). */
const top = (root: Element) => descendants(root)[0]!;

function expectLegend(root: Element, legend: string, size: string | undefined, isPageHeading: boolean | undefined) {
  const legends = descendants(root).filter((e) => e.tag === "legend");
  const own = legends[0]!;
  expect(textOf(own)).toBe(legend);
  expect(classesOf(own)).toEqual(["nhsuk-fieldset__legend", ...(size ? [`nhsuk-fieldset__legend--${size}`] : [])]);
  const heading = own.children[0];
  if (isPageHeading) {
    expect(typeof heading === "object" && heading.tag === "h1" && classesOf(heading)).toEqual(["nhsuk-fieldset__heading"]);
    expect(own.children).toHaveLength(1);
  } else expect(descendants(own).some((e) => e.tag === "h1")).toBe(false);
}

function expectLabel(root: Element, id: string, label: string, size: string | undefined, isPageHeading: boolean | undefined) {
  const element = labelFor(root, id);
  expect(textOf(element)).toBe(label);
  expect(classesOf(element)).toEqual(["nhsuk-label", ...(size ? [`nhsuk-label--${size}`] : [])]);
  const h1s = descendants(root).filter((e) => e.tag === "h1");
  if (isPageHeading) {
    expect(h1s).toHaveLength(1);
    expect(element.parent).toBe(h1s[0]);
    expect(classesOf(h1s[0]!)).toEqual(["nhsuk-label-wrapper"]);
  } else expect(h1s).toEqual([]);
}

/** The first input's id is the field name (the error summary links to it), the rest are numbered. */
const itemIdAt = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

/** The id a question's input has: a dotted name's dots become dashes. */
const idOf = (name: string) => name.replace(/\./g, "-");

const contentIds = (content: ContentFixture[]) =>
  content.map((item) => (item.kind === "hint" ? item.id : ("id" in item.props && item.props.id) || idOf(item.props.name)));

const render = <C extends ComponentName>(component: C, props: FixtureProps[C]) => parse(renderFixture(component, props));

describe("the fixtures", () => {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i ? "-" : ""}${c.toLowerCase()}`);

  test("every component the kit exports has a fixtures file", () => {
    const components = Object.entries(kit)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => kebab(name));
    expect(components.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  test.each(Object.entries(FIXTURES))("%s: has cases, each with a name of its own", (_, fixtures) => {
    const names = fixtures.map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(renderAllFixtures())("$component, $name: no id is used twice", ({ html }) => {
    const ids = descendants(parse(html)).flatMap((e) => e.attrs.get("id") ?? []);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe.each(FIXTURES["text-input"])("TextInput: $name", ({ props }) => {
  const root = render("text-input", props);
  const id = props.id ?? idOf(props.name);
  const input = () => byId(root, id);

  test("the input has the field's id, name and type, and its label points at it", () => {
    expect(input().tag).toBe("input");
    expect(input().attrs.get("name")).toBe(props.name);
    expect(input().attrs.get("type")).toBe(props.type ?? "text");
    expectLabel(root, id, props.label, props.labelSize, props.isPageHeading);
  });

  test("aria-describedby names exactly its hint and its error", () => {
    expectDescribedBy(root, input(), [props.hint && `${id}-hint`, props.error && `${id}-error`]);
    if (props.hint) expectHint(root, `${id}-hint`, props.hint);
  });

  test("shows the error state only when there is an error, with the hidden prefix", () => {
    if (props.error) {
      expect(classesOf(top(root))).toEqual(["nhsuk-form-group", "nhsuk-form-group--error"]);
      expect(classesOf(input())).toContain("nhsuk-input--error");
      expectErrorMessage(root, `${id}-error`, props.error);
      expect(errorClasses(root).sort()).toEqual(["nhsuk-error-message", "nhsuk-form-group--error", "nhsuk-input--error"]);
    } else expect(errorClasses(root)).toEqual([]);
  });

  test("has the width it is given, and only that", () => {
    expect(classesOf(input()).filter((name) => name.startsWith("nhsuk-input--width-"))).toEqual(props.width ? [`nhsuk-input--width-${props.width}`] : []);
  });
});

describe.each(FIXTURES.textarea)("Textarea: $name", ({ props }) => {
  const root = render("textarea", props);
  const id = props.id ?? idOf(props.name);
  const textarea = () => byId(root, id);
  const typed = props.countText ?? (typeof props.value === "string" ? props.value : "");
  const remaining = props.maxLength === undefined ? 0 : props.maxLength - typed.length;

  test("the textarea has the field's id, name and rows, and its label points at it", () => {
    expect(textarea().tag).toBe("textarea");
    expect(textarea().attrs.get("name")).toBe(props.name);
    expect(textarea().attrs.get("rows")).toBe(String(props.rows ?? 5));
    expect(textarea().attrs.has("maxlength")).toBe(false);
    expectLabel(root, id, props.label, props.labelSize, props.isPageHeading);
  });

  test("aria-describedby names exactly its hint, its error and its limit", () => {
    expectDescribedBy(root, textarea(), [props.hint && `${id}-hint`, props.error && `${id}-error`, props.maxLength !== undefined && `${id}-info`]);
    if (props.hint) expectHint(root, `${id}-hint`, props.hint);
  });

  test("shows the error state when there is an error, and marks the textarea when the text is over its limit", () => {
    const group = withClass(root, "nhsuk-form-group")[0]!;
    expect(hasClass(group, "nhsuk-form-group--error")).toBe(Boolean(props.error));
    expect(hasClass(textarea(), "nhsuk-textarea--error")).toBe(Boolean(props.error) || remaining < 0);
    if (props.error) expectErrorMessage(root, `${id}-error`, props.error);
    else expect(descendants(root).some((e) => e.attrs.get("id") === `${id}-error`)).toBe(false);
  });

  test("shows the catalogue's count of characters left or too many, visibly and to screen readers", () => {
    if (props.maxLength === undefined) {
      expect(withClass(root, "nhsuk-character-count")).toEqual([]);
      return;
    }
    expect(classesOf(top(root))).toEqual(["nhsuk-character-count"]);
    expect(textOf(byId(root, `${id}-info`))).toBe(format.plural(words.charactersLimit, props.maxLength));
    const message = remaining >= 0 ? format.plural(words.charactersRemaining, remaining) : format.plural(words.charactersTooMany, -remaining);
    const [status] = withClass(root, "nhsuk-character-count__status");
    expect(textOf(status!)).toBe(message);
    expect(status!.attrs.get("aria-hidden")).toBe("true");
    expect(classesOf(status!)).toContain(remaining < 0 ? "nhsuk-error-message" : "nhsuk-hint");
    const live = descendants(root).filter((e) => e.attrs.has("aria-live"));
    expect(live.map((e) => [e.attrs.get("aria-live"), textOf(e)])).toEqual([["polite", message]]);
  });
});

describe("Textarea's character count", () => {
  const status = (name: string) => {
    const fixture = FIXTURES.textarea.find((f) => f.name === name)!;
    return textOf(withClass(render("textarea", fixture.props), "nhsuk-character-count__status")[0]!);
  };

  test("says 'character' for one and 'characters' for none or more, under, at and over the limit", () => {
    expect(status("one character under its limit")).toBe(fill(words.charactersRemaining.one, { count: 1 }));
    expect(status("at its limit")).toBe(fill(words.charactersRemaining.other, { count: 0 }));
    expect(status("one character over its limit")).toBe(fill(words.charactersTooMany.one, { count: 1 }));
    expect(status("five characters over its limit")).toBe(fill(words.charactersTooMany.other, { count: 5 }));
  });
});

describe.each(FIXTURES["date-input"])("DateInput: $name", ({ props }) => {
  const root = render("date-input", props);
  const id = idOf(props.name);
  const marked = props.error ? (props.errorParts ?? DATE_PARTS) : [];

  test("the group has the field's id, in a fieldset described by its hint and error", () => {
    const group = byId(root, id);
    expect(classesOf(group)).toEqual(["nhsuk-date-input"]);
    const fieldset = descendants(root).find((e) => e.tag === "fieldset")!;
    expect(fieldset.attrs.get("role")).toBe("group");
    expectDescribedBy(root, fieldset, [props.hint && `${id}-hint`, props.error && `${id}-error`]);
    if (props.hint) expectHint(root, `${id}-hint`, props.hint);
  });

  test("the legend is the page's h1 only as the page heading", () => {
    expectLegend(root, props.legend, props.legendSize ?? (props.isPageHeading ? "l" : undefined), props.isPageHeading);
  });

  test("each part has its id, name, label from the catalogue, width and numeric keyboard", () => {
    for (const part of DATE_PARTS) {
      const input = byId(root, `${id}-${part}`);
      expect(input.attrs.get("name")).toBe(`${props.name}.${part}`);
      expect(input.attrs.get("inputmode")).toBe("numeric");
      expect(input.attrs.get("autocomplete")).toBe(props.autoCompletePrefix ? `${props.autoCompletePrefix}-${part}` : "off");
      expect(classesOf(input)).toContain(`nhsuk-input--width-${part === "year" ? 4 : 2}`);
      expect(textOf(labelFor(root, `${id}-${part}`))).toBe(words[part]);
    }
  });

  test("marks only the parts in error, and only when there is an error", () => {
    const wrong = DATE_PARTS.filter((part) => hasClass(byId(root, `${id}-${part}`), "nhsuk-input--error"));
    expect(wrong).toEqual([...marked]);
    expect(hasClass(top(root), "nhsuk-form-group--error")).toBe(Boolean(props.error));
    if (props.error) expectErrorMessage(root, `${id}-error`, props.error);
    else expect(errorClasses(root)).toEqual([]);
  });
});

describe.each(FIXTURES.radios)("Radios: $name", ({ props }) => {
  const root = render("radios", props);
  const conditionals = withClass(root, "nhsuk-radios__conditional");
  const fieldset = () => descendants(root).find((e) => e.tag === "fieldset")!;

  test("each radio has its id, the field's name and its value, and its label points at it", () => {
    props.items.forEach((item, index) => {
      const input = byId(root, itemIdAt(props.name, index));
      expect([input.tag, input.attrs.get("type"), input.attrs.get("name"), input.attrs.get("value")]).toEqual([
        "input",
        "radio",
        props.registration.name,
        item.value,
      ]);
      expect(textOf(labelFor(root, itemIdAt(props.name, index)))).toBe(item.label);
    });
    expect(descendants(root).filter((e) => e.tag === "input" && e.attrs.get("type") === "radio")).toHaveLength(props.items.length);
  });

  test("the fieldset is described by exactly its hint and error, and each item's radio by its own hint", () => {
    expectDescribedBy(root, fieldset(), [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`]);
    if (props.hint) expectHint(root, `${props.name}-hint`, props.hint);
    props.items.forEach((item, index) => {
      const id = itemIdAt(props.name, index);
      expectDescribedBy(root, byId(root, id), [item.hint && `${id}-item-hint`]);
      if (item.hint) expectHint(root, `${id}-item-hint`, item.hint, "nhsuk-radios__hint");
    });
  });

  test("the legend is the page's h1 only as the page heading, after it any intro", () => {
    expectLegend(root, props.legend, props.legendSize ?? (props.isPageHeading ? "l" : undefined), props.isPageHeading);
    const paragraphs = fieldset().children.filter((e): e is Exclude<typeof e, string> => typeof e === "object" && e.tag === "p");
    expect(paragraphs.map(textOf)).toEqual(props.intro ?? []);
  });

  test("shows the error state only when there is an error, with the hidden prefix", () => {
    expect(hasClass(top(root), "nhsuk-form-group--error")).toBe(Boolean(props.error));
    if (props.error) expectErrorMessage(root, `${props.name}-error`, props.error);
    const own = errorClasses(root, conditionals).sort();
    expect(own).toEqual(props.error ? ["nhsuk-error-message", "nhsuk-form-group--error"] : []);
  });

  test("inline and conditional layouts have their classes", () => {
    const [radios] = withClass(root, "nhsuk-radios");
    expect(hasClass(radios!, "nhsuk-radios--inline")).toBe(Boolean(props.inline));
    expect(hasClass(radios!, "nhsuk-radios--conditional")).toBe(props.items.some((item) => item.conditional));
  });

  test("a conditional question is hidden exactly when its option is not chosen, and its radio controls it", () => {
    expect(conditionals).toHaveLength(props.items.filter((item) => item.conditional).length);
    props.items.forEach((item, index) => {
      const id = itemIdAt(props.name, index);
      const controls = byId(root, id).attrs.get("aria-controls");
      if (!item.conditional) {
        expect(controls).toBeUndefined();
        return;
      }
      expect(controls).toBe(`conditional-${id}`);
      const block = byId(root, controls!);
      expect(conditionals).toContain(block);
      expect(hasClass(block, "nhsuk-radios__conditional--hidden")).toBe(props.value !== item.value);
      for (const question of contentIds(item.conditional)) expect(isInside(byId(root, question), block)).toBe(true);
    });
  });
});

describe.each(FIXTURES.checkboxes)("Checkboxes: $name", ({ props }) => {
  const root = render("checkboxes", props);
  const fieldset = () => descendants(root).find((e) => e.tag === "fieldset")!;

  test("each checkbox has its id, the field's name and its value, and its label points at it", () => {
    props.items.forEach((item, index) => {
      const input = byId(root, itemIdAt(props.name, index));
      expect([input.tag, input.attrs.get("type"), input.attrs.get("name"), input.attrs.get("value")]).toEqual([
        "input",
        "checkbox",
        props.registration.name,
        item.value,
      ]);
      expect(textOf(labelFor(root, itemIdAt(props.name, index)))).toBe(item.label);
    });
  });

  test("the fieldset is described by exactly its hint and error, and each item's checkbox by its own hint", () => {
    expectDescribedBy(root, fieldset(), [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`]);
    if (props.hint) expectHint(root, `${props.name}-hint`, props.hint);
    props.items.forEach((item, index) => {
      const id = itemIdAt(props.name, index);
      expectDescribedBy(root, byId(root, id), [item.hint && `${id}-item-hint`]);
      if (item.hint) expectHint(root, `${id}-item-hint`, item.hint, "nhsuk-checkboxes__hint");
    });
  });

  test("the legend is the page's h1 only as the page heading", () => {
    expectLegend(root, props.legend, props.legendSize ?? (props.isPageHeading ? "l" : undefined), props.isPageHeading);
  });

  test("shows the error state only when there is an error, with the hidden prefix", () => {
    expect(hasClass(top(root), "nhsuk-form-group--error")).toBe(Boolean(props.error));
    if (props.error) expectErrorMessage(root, `${props.name}-error`, props.error);
    expect(errorClasses(root).sort()).toEqual(props.error ? ["nhsuk-error-message", "nhsuk-form-group--error"] : []);
  });
});

describe.each(FIXTURES["single-checkbox"])("SingleCheckbox: $name", ({ props }) => {
  const root = render("single-checkbox", props);
  const input = () => byId(root, props.name);

  test("the checkbox has the field's id and name, and its label points at it", () => {
    expect([input().tag, input().attrs.get("type"), input().attrs.get("name")]).toEqual(["input", "checkbox", props.registration.name]);
    expect(textOf(labelFor(root, props.name))).toBe(props.label);
  });

  test("aria-describedby names exactly its hint and its error", () => {
    expectDescribedBy(root, input(), [props.hint && `${props.name}-item-hint`, props.error && `${props.name}-error`]);
    if (props.hint) expectHint(root, `${props.name}-item-hint`, props.hint, "nhsuk-checkboxes__hint");
  });

  test("shows the error state only when there is an error, with the hidden prefix", () => {
    expect(hasClass(top(root), "nhsuk-form-group--error")).toBe(Boolean(props.error));
    if (props.error) expectErrorMessage(root, `${props.name}-error`, props.error);
    expect(errorClasses(root).sort()).toEqual(props.error ? ["nhsuk-error-message", "nhsuk-form-group--error"] : []);
  });
});

describe.each(FIXTURES["error-summary"])("ErrorSummary: $name", ({ props }) => {
  const root = render("error-summary", props);

  test("shows nothing without errors, else its title, its description and a link for each message", () => {
    if (props.errors.length === 0) {
      expect(root.children).toEqual([]);
      return;
    }
    const summary = top(root);
    expect(classesOf(summary)).toEqual(["nhsuk-error-summary"]);
    expect(summary.attrs.get("tabindex")).toBe("-1");
    const [alert] = descendants(summary).filter((e) => e.attrs.get("role") === "alert");
    const [heading] = withClass(alert!, "nhsuk-error-summary__heading");
    expect([heading!.tag, textOf(heading!)]).toEqual(["h2", props.title]);
    expect(
      descendants(alert!)
        .filter((e) => e.tag === "p")
        .map(textOf),
    ).toEqual(props.description ? [props.description] : []);
    const links = withClass(alert!, "nhsuk-error-summary__list").flatMap((list) => descendants(list).filter((e) => e.tag === "a"));
    expect(links.map((a) => [a.attrs.get("href"), textOf(a)])).toEqual(props.errors.map((e) => [e.href ?? `#${e.target}`, e.message]));
  });
});

describe.each(FIXTURES.fieldset)("Fieldset: $name", ({ props }) => {
  const root = render("fieldset", props);
  const fieldset = () => top(root);

  test("the legend is the page's h1 only as the page heading, large unless given a size", () => {
    expect(fieldset().tag).toBe("fieldset");
    expectLegend(root, props.legend, props.size ?? (props.isPageHeading ? "l" : undefined), props.isPageHeading);
  });

  test("is described by what it is told to be, and has its role", () => {
    expectDescribedBy(root, fieldset(), [props.describedBy]);
    expect(fieldset().attrs.get("role")).toBe(props.role);
  });

  test("holds its questions", () => {
    for (const id of contentIds(props.children)) expect(isInside(byId(root, id), fieldset())).toBe(true);
  });
});

describe.each(FIXTURES["back-link"])("BackLink: $name", ({ props }) => {
  test("is one NHS back link to its page", () => {
    const root = render("back-link", props);
    expect(root.children).toHaveLength(1);
    const link = top(root);
    expect([link.tag, classesOf(link), link.attrs.get("href"), textOf(link)]).toEqual(["a", ["nhsuk-back-link"], props.href, props.text]);
  });
});
