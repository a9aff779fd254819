import type * as z from "zod/mini";
import { ZAnswersSchema } from "@/lib/answers";

type Def = { type: string; shape?: Record<string, z.ZodMiniType>; innerType?: z.ZodMiniType; options?: z.ZodMiniType[] };
const defOf = (schema: z.ZodMiniType) => (schema as unknown as { def: Def }).def;

/** Past the optional wrapper: the schema of the answer itself. */
function unwrapped(schema: z.ZodMiniType): z.ZodMiniType {
  const def = defOf(schema);
  return def.type === "optional" ? unwrapped(def.innerType!) : schema;
}

/**
 * The answers schema's own check for the answer at a dotted path ("patient.nhsNumber"), so a
 * question page checks each answer exactly as the letter will. Who-is-writing's answers are in
 * the helper's part of the writer's union.
 */
export function schemaAt(path: string): z.ZodMiniType | undefined {
  let schema: z.ZodMiniType | undefined = ZAnswersSchema;
  for (const key of path.split(".")) {
    if (!schema) return undefined;
    const def = defOf(unwrapped(schema));
    if (def.type === "object") schema = def.shape![key];
    else if (def.type === "union") schema = def.options!.map((o) => defOf(o).shape?.[key]).find(Boolean);
    else return undefined;
  }
  return schema && unwrapped(schema);
}
