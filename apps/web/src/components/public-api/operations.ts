import type { publicApiDocument } from "@karvon/api";

type Document = ReturnType<typeof publicApiDocument>;

export type ParameterView = { name: string; in: "query" | "path"; required: boolean; type: string; values: string[] };
export type OperationView = { operationId: string; path: string; scope: string; parameters: ParameterView[]; statuses: string[] };

type SchemaLike = { type?: string | string[]; enum?: unknown[]; anyOf?: SchemaLike[]; format?: string };

function typeOf(schema: SchemaLike): string {
  if (schema.format !== undefined) return schema.format;
  if (Array.isArray(schema.type)) return schema.type.filter((type) => type !== "null").join(" | ");
  if (schema.type !== undefined) return schema.type;
  return (schema.anyOf ?? []).map(typeOf).join(" | ");
}

/** The operations of the OpenAPI document, flattened for the reference page. */
export function operationsOf(document: Document): OperationView[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const operation = item?.get;
    if (operation === undefined) return [];
    const parameters = (operation.parameters ?? []).flatMap((parameter): ParameterView[] => {
      if (!("name" in parameter) || (parameter.in !== "query" && parameter.in !== "path")) return [];
      const schema = (parameter.schema ?? {}) as SchemaLike;
      const values = (schema.enum ?? schema.anyOf?.find((option) => option.enum)?.enum ?? []).map(String);
      return [{ name: parameter.name, in: parameter.in, required: parameter.required === true, type: typeOf(schema), values }];
    });
    return [{ operationId: operation.operationId ?? path, path, scope: operation.tags?.[0] ?? "", parameters, statuses: Object.keys(operation.responses ?? {}) }];
  });
}
