import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/roles.decorator';
import { MetricsRegistry } from './metrics-registry';

/** Prometheus scrape endpoint. Needs a token (admin or reporting): metrics reveal activity levels per command type. */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: MetricsRegistry) {}

  @Get()
  @Roles('reporting')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus metrics (roles: admin, reporting)' })
  @ApiProduces('text/plain')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
