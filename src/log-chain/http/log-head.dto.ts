import { ApiProperty } from '@nestjs/swagger';

class LastSealView {
  @ApiProperty({ example: 12, description: 'Seals are numbered from 1' }) number!: number;
  @ApiProperty({ example: '12000', description: 'The position the seal covers the log up to (inclusive)' }) toPosition!: string;
  @ApiProperty({ example: '5b0c…', description: "The seal's hash (64 hex digits)" }) hash!: string;
}

/** What `ledger log-head` prints, byte for byte the same JSON: a file an auditor keeps for `ledger verify --log --head`. */
export class LogHeadView {
  @ApiProperty({ example: 'ledger-log-head/1' }) format!: string;
  @ApiProperty({ example: 'sqlite', enum: ['sqlite', 'esdb'] }) store!: string;
  @ApiProperty({ example: '12345', description: "The log's last position (decimal; \"0\" for an empty log)" }) position!: string;
  @ApiProperty({ example: '9f2e…', description: 'The head hash (64 hex digits): a seal over everything after the last seal, chained to it and through it to every seal before' }) hash!: string;
  @ApiProperty({ type: LastSealView, nullable: true, description: 'The last recorded seal; null when none yet' }) lastSeal!: LastSealView | null;
  @ApiProperty({ example: '2026-12-05T21:30:00.000Z', description: 'When the head was read' }) readAt!: string;
}
