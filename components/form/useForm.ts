"use client";

import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type * as z from "zod/mini";
import { valueAt } from "@/lib/dotted-path";

/**
 * A small form hook for the question pages, in place of react-hook-form (whose ~15 KB gzip kept
 * the question pages over their JavaScript budget, issue 4). It keeps the parts we used:
 * uncontrolled inputs registered by name (dotted for nested fields), values kept as the strings,
 * lists and ticks the inputs give, checked with a zod schema on submit only, errors nested by path
 * with the first message for each, and a submit count.
 */

/** What `register(name)` gives an input: spread it onto the element. */
export interface FieldRegistration {
  name: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  onBlur: () => void;
  ref: (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null) => void;
}

/** Errors nested like the values; each field's is `{ message }`. */
export interface FieldErrors {
  [key: string]: FieldErrors | { message?: string; type?: string } | undefined;
}

type Element = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;


function setPath(values: Record<string, unknown>, name: string, value: unknown): void {
  const keys = name.split(".");
  let node = values;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = node[key] = next && typeof next === "object" ? { ...(next as Record<string, unknown>) } : {};
  }
  node[keys[keys.length - 1]!] = value;
}

/** Puts a value into an input, as react-hook-form does when an input is registered. */
function show(element: Element, value: unknown): void {
  if (element instanceof HTMLInputElement && element.type === "radio") {
    element.checked = value === element.value;
  } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
    element.checked = Array.isArray(value) ? value.includes(element.value) : typeof value === "boolean" ? value : value === element.value;
  } else {
    const text = value === undefined || value === null ? "" : String(value);
    if (element.value !== text) element.value = text;
  }
}

/** The first problem for each path, nested by path, in the order the schema reported them. */
function toErrors(issues: readonly Pick<z.core.$ZodIssue, "path" | "message" | "code">[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  for (const issue of issues) {
    const name = issue.path.map(String).join(".");
    if (seen.has(name)) continue;
    seen.add(name);
    setPath(errors as Record<string, unknown>, name || "root", { message: issue.message, type: issue.code });
  }
  return errors;
}

export interface Form<Values, Out> {
  register(name: string): FieldRegistration;
  /** The field's current value (an object for a group such as a date). */
  watch(name: string): any;
  formState: { errors: FieldErrors; submitCount: number };
  handleSubmit(onValid: (out: Out) => void): (event?: FormEvent<HTMLFormElement>) => void;
  getValues(): Values;
  /** New values for every field; clears the errors and the submit count. */
  reset(values: Values): void;
}

/** What the form is checked with: a zod schema, or anything with the same `safeParse`. */
export interface FormSchema<Out> {
  safeParse(value: unknown): { success: true; data: Out } | { success: false; error: { issues: readonly Pick<z.core.$ZodIssue, "path" | "message" | "code">[] } };
}

/** The name of the error shown when the checks could not be loaded; the submit button carries this id. */
export const SUBMIT_ID = "continue";

export function useForm<Values extends Record<string, unknown>, Out>({
  defaultValues,
  schema,
  schemaFailed = "",
}: {
  defaultValues: Values;
  /**
   * The schema, or a function that loads it: question pages load their checks after they have
   * shown themselves (issue 4), so a submit may have to wait for them.
   */
  schema: FormSchema<Out> | (() => FormSchema<Out> | Promise<FormSchema<Out>>);
  /** The message when a schema that had to be loaded could not be (a dropped connection). */
  schemaFailed?: string;
}): Form<Values, Out> {
  const values = useRef<Record<string, unknown>>(null as never);
  if (values.current === null) values.current = structuredCloneSafe(defaultValues);
  const elements = useRef(new Map<string, Set<Element>>());
  const registrations = useRef(new Map<string, FieldRegistration>());
  const [, setVersion] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const waiting = useRef(false);

  const register = useCallback((name: string): FieldRegistration => {
    const known = registrations.current.get(name);
    if (known) return known;
    const registration: FieldRegistration = {
      name,
      onChange(event) {
        const target = event.target;
        let value: unknown;
        if (target instanceof HTMLInputElement && target.type === "checkbox") {
          const group = [...(elements.current.get(name) ?? [])].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === "checkbox");
          const current = valueAt(values.current, name);
          value = group.length > 1 || Array.isArray(current) ? group.filter((e) => e.checked).map((e) => e.value) : target.checked;
        } else if (target instanceof HTMLInputElement && target.type === "radio") {
          if (!target.checked) return;
          value = target.value;
        } else {
          value = target.value;
        }
        const next = { ...values.current };
        setPath(next, name, value);
        values.current = next;
        setVersion((v) => v + 1);
      },
      onBlur() {},
      ref(element) {
        if (!element) return;
        let set = elements.current.get(name);
        if (!set) elements.current.set(name, (set = new Set()));
        for (const e of set) if (!e.isConnected) set.delete(e);
        set.add(element);
        show(element, valueAt(values.current, name));
      },
    };
    registrations.current.set(name, registration);
    return registration;
  }, []);

  const watch = useCallback((name: string) => valueAt(values.current, name), []);

  const handleSubmit = useCallback(
    (onValid: (out: Out) => void) => (event?: FormEvent<HTMLFormElement>) => {
      event?.preventDefault();
      if (waiting.current) return; // a second press while the checks load
      const check = (loaded: FormSchema<Out>) => {
        setSubmitCount((n) => n + 1);
        const result = loaded.safeParse(values.current);
        if (result.success) {
          setErrors({});
          onValid(result.data);
        } else {
          setErrors(toErrors(result.error.issues));
        }
      };
      const got = typeof schema === "function" ? schema() : schema;
      if (!(got instanceof Promise)) return check(got);
      waiting.current = true;
      got
        .then(check, () => {
          setSubmitCount((n) => n + 1);
          setErrors({ [SUBMIT_ID]: { message: schemaFailed, type: "custom" } });
        })
        .finally(() => {
          waiting.current = false;
        });
    },
    [schema, schemaFailed],
  );

  const reset = useCallback((next: Values) => {
    values.current = structuredCloneSafe(next);
    for (const [name, set] of elements.current) for (const e of set) if (e.isConnected) show(e, valueAt(values.current, name));
    setErrors({});
    setSubmitCount(0);
    setVersion((v) => v + 1);
  }, []);

  return { register, watch, formState: { errors, submitCount }, handleSubmit, getValues: () => values.current as Values, reset };
}

function structuredCloneSafe<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
}
