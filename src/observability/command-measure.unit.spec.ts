import { BadRequestException } from '@nestjs/common';
import { outcomeOfError } from './command-measure';

describe('outcomeOfError', () => {
  it('names a client error invalid and anything else failed, whatever was thrown (null and undefined included)', () => {
    expect(outcomeOfError(new BadRequestException('bad'))).toBe('invalid');
    expect(outcomeOfError(new Error('boom'))).toBe('failed');
    expect(outcomeOfError(null)).toBe('failed');
    expect(outcomeOfError(undefined)).toBe('failed');
    expect(outcomeOfError('a string')).toBe('failed');
  });
});
