import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { bodyShapeErrors } from './body-shape';
import { malformedTextErrors } from './well-formed-text';

class Inner {
  @ApiProperty() amount!: number;
  @ApiProperty({ type: [String] }) tags!: string[];
}

class Outer {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) expiresOn?: string | null;
  @ApiPropertyOptional() notes?: string;
  @ApiProperty({ type: Inner }) inner!: Inner;
  @ApiProperty({ type: [Inner] }) items!: Inner[];
}

class Undocumented {
  name!: string;
}

describe('body shape from the OpenAPI metadata', () => {
  const valid = { name: 'x', inner: { amount: 1, tags: ['a'] }, items: [{ amount: 2, tags: [] }] };

  it('passes a body of the declared shape, and null where the property is documented nullable', () => {
    expect(bodyShapeErrors(valid, Outer)).toEqual([]);
    expect(bodyShapeErrors({ ...valid, expiresOn: null }, Outer)).toEqual([]);
  });

  it('names the path of an array where an object belongs, an object where an array belongs, and every null', () => {
    const fields = (body: unknown) => bodyShapeErrors(body, Outer).map((error) => error.field);
    expect(fields({ ...valid, inner: [] })).toEqual(['inner']);
    expect(fields({ ...valid, items: {} })).toEqual(['items']);
    expect(fields({ ...valid, inner: { amount: 1, tags: { 0: 'a' } } })).toEqual(['inner.tags']);
    expect(fields({ ...valid, items: [null, 'x', { amount: null, tags: [null] }] })).toEqual(['items[0]', 'items[1]', 'items[2].amount', 'items[2].tags[0]']);
    expect(fields({ ...valid, notes: null, name: null })).toEqual(['name', 'notes']);
    expect(fields([valid])).toEqual(['(body)']);
  });

  it('leaves classes without OpenAPI properties to the other checks', () => {
    expect(bodyShapeErrors({ name: null }, Undocumented)).toEqual([]);
  });

  it('refuses lone surrogates in values and keys, at any depth, and passes paired ones', () => {
    expect(malformedTextErrors({ a: ['ok 😀', { b: 'x\ud800' }], ['k\udc00']: 1 }).map((error) => error.field)).toEqual(['a[1].b', 'k\ufffd']);
    expect(malformedTextErrors({ a: '😀', b: 'e\u0301' })).toEqual([]);
  });
});
