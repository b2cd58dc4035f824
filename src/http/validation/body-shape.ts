import { FieldError } from '../problem-details';

/*
 * The shape a body DTO declares in its OpenAPI metadata, checked before class-transformer and class-validator see
 * the body: an object where the DTO nests a DTO, an array where it declares an array, and no `null` unless the
 * property is documented as nullable (`@ApiProperty({ nullable: true })`, where null means something, e.g.
 * "no fixed expiry"). Without this, `[]` where an object belongs passes @ValidateNested (an empty array has no
 * element to fail) and `null` for an optional field counts as "left out".
 */

// @nestjs/swagger's metadata keys (its DECORATORS constant, which the package does not export by a public path).
const DECORATORS = { API_MODEL_PROPERTIES: 'swagger/apiModelProperties', API_MODEL_PROPERTIES_ARRAY: 'swagger/apiModelPropertiesArray' } as const;

interface PropertyShape {
  readonly name: string;
  readonly nullable: boolean;
  readonly isArray: boolean;
  /** The DTO class of the value (or of each element), when it nests one. */
  readonly nested?: Function;
}

const shapes = new WeakMap<Function, readonly PropertyShape[]>();

/** Whether a class is a DTO with documented properties (rather than String, Number, a thunk…). */
function isDtoClass(type: unknown): type is Function {
  return typeof type === 'function' && Array.isArray(Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, type.prototype));
}

function shapeOf(dto: Function): readonly PropertyShape[] {
  const known = shapes.get(dto);
  if (known) return known;
  const proto = dto.prototype as object;
  const names = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, proto) as string[] | undefined) ?? [];
  const shape = names.map((key): PropertyShape => {
    const name = key.replace(/^:/, '');
    const meta = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, proto, name) ?? {}) as { type?: unknown; isArray?: boolean; nullable?: boolean };
    const declared: unknown = meta.type ?? Reflect.getMetadata('design:type', proto, name);
    const isArray = meta.isArray === true || declared === Array;
    return { name, nullable: meta.nullable === true, isArray, nested: isDtoClass(declared) ? declared : undefined };
  });
  shapes.set(dto, shape);
  return shape;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One entry per misplaced null, array or object, with the field's path. Iterative; only as deep as the DTOs nest. */
export function bodyShapeErrors(body: unknown, dto: Function): FieldError[] {
  if (!isDtoClass(dto)) return [];
  if (!isPlainObject(body)) return [{ field: '(body)', message: 'the body must be a JSON object' }];
  const errors: FieldError[] = [];
  const stack: [Record<string, unknown>, Function, string][] = [[body, dto, '']];
  while (stack.length > 0) {
    const [object, type, at] = stack.pop()!;
    for (const property of shapeOf(type)) {
      if (!Object.hasOwn(object, property.name)) continue;
      const value = object[property.name];
      const field = at ? `${at}.${property.name}` : property.name;
      if (value === undefined) continue;
      if (value === null) {
        if (!property.nullable) errors.push({ field, message: `${field} must not be null (leave it out instead)` });
        continue;
      }
      if (property.isArray) {
        if (!Array.isArray(value)) {
          errors.push({ field, message: `${field} must be an array` });
          continue;
        }
        value.forEach((element: unknown, index) => {
          const item = `${field}[${index}]`;
          if (element === null) errors.push({ field: item, message: `${item} must not be null` });
          else if (property.nested && !isPlainObject(element)) errors.push({ field: item, message: `${item} must be an object` });
          else if (property.nested) stack.push([element as Record<string, unknown>, property.nested, item]);
        });
        continue;
      }
      if (property.nested) {
        if (!isPlainObject(value)) errors.push({ field, message: `${field} must be an object` });
        else stack.push([value, property.nested, field]);
      }
    }
  }
  return errors;
}
