import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** The one clock of the api; tests override the Clock provider to fix the time. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
