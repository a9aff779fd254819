"use client";

import type { FieldRegistration } from "@/components/form/useForm";
import { TextInput } from "@/components/form";
import { PATIENT_ADDRESS as A } from "@/content/questions/patient-address";

type Line = "line1" | "line2" | "town" | "postcode";

/** The four lines of a UK address, shared by the patient's and the GP practice's address. */
export function AddressFields({
  register,
  error,
  autoComplete,
  idPrefix = "",
}: {
  register: (line: Line) => FieldRegistration;
  error: (line: Line) => string | undefined;
  /** Browser autofill, only for the user's own address. */
  autoComplete: boolean;
  idPrefix?: string;
}) {
  const ac = (token: string) => (autoComplete ? token : "off");
  return (
    <>
      <TextInput id={`${idPrefix}line1`} label={A.line1} autoComplete={ac("address-line1")} error={error("line1")} {...register("line1")} />
      <TextInput id={`${idPrefix}line2`} label={A.line2} autoComplete={ac("address-line2")} error={error("line2")} {...register("line2")} />
      <TextInput id={`${idPrefix}town`} label={A.town} width={20} autoComplete={ac("address-level2")} error={error("town")} {...register("town")} />
      <TextInput id={`${idPrefix}postcode`} label={A.postcode} width={10} autoComplete={ac("postal-code")} spellCheck={false} error={error("postcode")} {...register("postcode")} />
    </>
  );
}
