import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate } from '../../http/validation/is-iso-date';

export class ExpirySweepBody {
  @ApiPropertyOptional({ example: '2026-09-01', description: "Record the expiries due by this date; today (the server's clock, UTC) when omitted" })
  @IsOptional() @IsIsoDate()
  asOf?: string;
}

class SweptExpiryView {
  @ApiProperty({ example: '7d9f3c1e-2b8a-5e4f-9c0d-1a2b3c4d5e6f', description: 'The event id: the assignment follow-ups it causes carry it as their causationId' }) id!: string;
  @ApiProperty({ example: 'artist-maria' }) streamId!: string;
  @ApiProperty({ example: '1042', description: 'Global position of the event' }) position!: string;
  @ApiProperty({ example: 'ClearanceExpired', description: 'ClearanceExpired, InsuranceExpired or AgreementExpired' }) type!: string;
  @ApiProperty({ example: '7' }) revision!: string;
  @ApiProperty({ type: Object, description: 'The event data as recorded' }) data!: unknown;
}

class SweepCounts {
  @ApiProperty({ example: 3 }) total!: number;
  @ApiProperty({ example: { ClearanceExpired: 2, InsuranceExpired: 1 }, type: Object }) byType!: Record<string, number>;
}

export class ExpirySweepReportView {
  @ApiProperty({ example: '2026-09-01' }) asOf!: string;
  @ApiProperty({ example: 40 }) artistsChecked!: number;
  @ApiProperty({ example: 8 }) partnersChecked!: number;
  @ApiProperty({ type: SweepCounts }) recorded!: SweepCounts;
  @ApiProperty({ type: [SweptExpiryView], description: 'Every expiry this sweep recorded; empty when nothing new was due' }) items!: SweptExpiryView[];
}
