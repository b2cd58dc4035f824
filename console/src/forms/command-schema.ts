import document from '../api/openapi.json';

/** A JSON schema as the OpenAPI document writes it (the parts forms use). */
export interface FieldSchema {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: FieldSchema;
  readonly properties?: Record<string, FieldSchema>;
  readonly required?: readonly string[];
  readonly description?: string;
  readonly example?: unknown;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly $ref?: string;
  readonly allOf?: readonly FieldSchema[];
}

export type FieldKind = 'text' | 'long-text' | 'date' | 'instant' | 'number' | 'boolean' | 'choice' | 'choices' | 'list' | 'group' | 'json';

export interface FormField {
  /** Dotted path in the body, e.g. `stipends.amount`; also the problem+json `errors[].field`. */
  readonly path: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly description?: string;
  readonly options?: readonly string[];
  readonly example?: string;
  readonly children?: readonly FormField[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: FieldSchema }> }; parameters?: { name: string; in: string; schema?: FieldSchema; required?: boolean }[]; summary?: string; description?: string }>>;
  components: { schemas: Record<string, FieldSchema> };
}

const openApi = document as unknown as OpenApiDocument;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LONG_TEXT = /^(notes|reason|description|summary|goals?|observations?)$/i;

function resolve(schema: FieldSchema | undefined): FieldSchema {
  if (!schema) return {};
  if (schema.$ref) return resolve(openApi.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), description: schema.description ?? resolve(schema.allOf[0]).description };
  return schema;
}

/** "effectiveDate" → "Effective date"; "lea" → "LEA". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  const text = words.replace(/\blea\b/g, 'LEA').replace(/\bid\b/g, 'id').replace(/\bpd\b/g, 'PD').replace(/\btb\b/g, 'TB');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindOf(name: string, schema: FieldSchema): FieldKind {
  if (schema.enum) return 'choice';
  if (schema.type === 'array') {
    const items = resolve(schema.items);
    if (items.enum) return 'choices';
    if (items.type === 'string') return 'list';
    return 'json';
  }
  if (schema.type === 'object' || schema.properties) return 'group';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.format === 'date-time' || /(knownAt|At)$/.test(name)) return 'instant';
  if (schema.format === 'date' || (typeof schema.example === 'string' && DATE.test(schema.example)) || /(Date|On|asOf|Until|From)$/.test(name)) return 'date';
  if (LONG_TEXT.test(name)) return 'long-text';
  return 'text';
}

function fieldsOf(schema: FieldSchema, prefix = ''): FormField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, raw]) => {
    const property = resolve(raw);
    const kind = kindOf(name, property);
    const path = prefix ? `${prefix}.${name}` : name;
    return {
      path,
      label: labelFor(name),
      kind,
      required: required.has(name),
      description: property.description ?? raw.description,
      options: property.enum ?? resolve(property.items).enum,
      example: property.example === undefined ? undefined : Array.isArray(property.example) ? property.example.join(', ') : String(property.example),
      children: kind === 'group' ? fieldsOf(property, path) : undefined,
    };
  });
}

export interface CommandShape {
  readonly summary: string;
  readonly fields: readonly FormField[];
  /** Path parameters the page did not supply, asked as fields. */
  readonly pathFields: readonly FormField[];
}

/** The form of `POST <pathTemplate>`, from the OpenAPI document the server serves (so forms follow the DTOs). */
export function commandShape(pathTemplate: string, suppliedParams: readonly string[]): CommandShape {
  const operation = openApi.paths[pathTemplate]?.post;
  if (!operation) throw new Error(`no POST ${pathTemplate} in the OpenAPI document`);
  const body = resolve(operation.requestBody?.content?.['application/json']?.schema);
  const pathFields = (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'path' && !suppliedParams.includes(parameter.name))
    .map((parameter) => {
      const schema = resolve(parameter.schema);
      return { path: `:${parameter.name}`, label: labelFor(parameter.name), kind: schema.enum ? 'choice' : 'text', required: true, options: schema.enum } as FormField;
    });
  return { summary: operation.summary ?? pathTemplate, fields: fieldsOf(body), pathFields };
}

export type FormValues = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The JSON body from what was typed: empty optional fields are left out (never sent as ""), numbers as numbers,
 * an instant typed in local time as ISO 8601, a JSON field parsed (an unparsable one is sent as text, and the
 * server's 400 names it). Groups with nothing typed are left out.
 */
export function bodyFrom(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const name = field.path.split('.').pop()!;
    if (field.kind === 'group') {
      const nested = bodyFrom(field.children ?? [], values);
      if (Object.keys(nested).length > 0) body[name] = nested;
      continue;
    }
    const value = values[field.path];
    if (isEmpty(value)) continue;
    if (field.kind === 'number') body[name] = typeof value === 'number' ? value : Number(value);
    else if (field.kind === 'instant') body[name] = new Date(String(value)).toISOString();
    else if (field.kind === 'json') {
      try {
        body[name] = JSON.parse(String(value));
      } catch {
        body[name] = value;
      }
    } else body[name] = value;
  }
  return body;
}

/** Every leaf field, groups flattened (for the error summary and "check your answers"). */
export function leaves(fields: readonly FormField[]): FormField[] {
  return fields.flatMap((field) => (field.kind === 'group' ? leaves(field.children ?? []) : [field]));
}

function isFilled(field: FormField, values: FormValues): boolean {
  if (field.kind === 'group') return (field.children ?? []).some((child) => isFilled(child, values));
  return !isEmpty(values[field.path]);
}

/**
 * Required fields left empty, in form order, with a message in plain words ("Enter the effective date"), so a
 * person is told before anything is sent. An optional group left wholly empty asks nothing of its fields.
 */
export function missingRequired(fields: readonly FormField[], values: FormValues): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  for (const field of fields) {
    if (field.kind === 'group') {
      if (field.required || isFilled(field, values)) missing.push(...missingRequired(field.children ?? [], values));
    } else if (field.required && !isFilled(field, values)) {
      const verb = field.kind === 'choice' || field.kind === 'choices' ? 'Choose' : 'Enter';
      // "Effective date" → "effective date", but an acronym stays as it is ("LEA", "TB screening").
      const label = /^[A-Z][a-z]/.test(field.label) ? field.label.charAt(0).toLowerCase() + field.label.slice(1) : field.label;
      missing.push({ path: field.path, message: `${verb} ${label}` });
    }
  }
  return missing;
}
