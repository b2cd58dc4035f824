import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** `Clock` → the system clock; tests override it with a SettableClock (`overrideProvider(Clock)`). */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class ClockModule {}
