import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { LOG_HEAD_HASH } from '../log-head';

/** A head kept earlier: the `position` and `hash` of what `ledger log-head` (or GET /log-head) printed. */
export class KeptHeadBody {
  @ApiProperty({ example: '12345', description: 'The position of the head (decimal)' })
  @Matches(/^\d{1,20}$/, { message: '$property must be a position: up to 20 decimal digits' })
  position!: string;

  @ApiProperty({ example: '9f2e4c…', description: 'The head hash: 64 lowercase hex digits' })
  @Matches(LOG_HEAD_HASH, { message: '$property must be 64 lowercase hex digits' })
  hash!: string;
}

export class StartLogVerificationBody {
  @ApiPropertyOptional({ type: KeptHeadBody, description: 'A head kept earlier: the log up to its position must still hash to it. Without it, the chain and the seals are checked.' })
  @IsOptional() @ValidateNested() @Type(() => KeptHeadBody)
  head?: KeptHeadBody;
}

class LogProblemView {
  @ApiProperty({ example: 'content', enum: ['content', 'order', 'missing', 'unchained', 'seal', 'head'] }) kind!: string;
  @ApiProperty({ example: 'partnership-lincoln', nullable: true, type: String }) streamId!: string | null;
  @ApiProperty({ example: '52', nullable: true, type: String }) revision!: string | null;
  @ApiProperty({ example: '500', nullable: true, type: String }) position!: string | null;
  @ApiProperty({ example: 'its content does not hash to the hash stored with it: it was edited after it was written' }) message!: string;
}

class HeadView {
  @ApiProperty({ example: '12345' }) position!: string;
  @ApiProperty({ example: '9f2e4c…' }) hash!: string;
}

class LogVerificationResultView {
  @ApiProperty({ example: 12345 }) events!: number;
  @ApiProperty({ example: 310 }) streams!: number;
  @ApiProperty({ example: 12 }) seals!: number;
  @ApiProperty({ example: 0, description: 'Every problem found; `problems` lists the first 20' }) problemCount!: number;
  @ApiProperty({ type: [LogProblemView] }) problems!: LogProblemView[];
  @ApiProperty({ type: HeadView, description: 'The head as recomputed now' }) head!: HeadView;
}

export class LogVerificationView {
  @ApiProperty({ example: '3f1c…' }) id!: string;
  @ApiProperty({ example: 'running', enum: ['running', 'verified', 'problems', 'failed'] }) status!: string;
  @ApiProperty({ example: 'key:compliance' }) startedBy!: string;
  @ApiProperty({ example: '2026-12-05T21:30:00.000Z' }) startedAt!: string;
  @ApiProperty({ example: null, nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ type: HeadView, nullable: true }) keptHead!: HeadView | null;
  @ApiProperty({ example: '12345', nullable: true, type: String, description: "The log's last position when the check began" }) untilPosition!: string | null;
  @ApiProperty({ example: 4000 }) eventsChecked!: number;
  @ApiProperty({ example: '4000', nullable: true, type: String, description: 'The last position checked so far' }) position!: string | null;
  @ApiProperty({ type: LogVerificationResultView, nullable: true }) result!: LogVerificationResultView | null;
  @ApiProperty({ example: null, nullable: true, type: String }) error!: string | null;
}
