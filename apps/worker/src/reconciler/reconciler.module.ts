import { type DynamicModule, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../clock/clock';
import {
  RECONCILER_DEFAULTS,
  RECONCILER_SETTINGS,
  ReconcilerService,
  type ReconcilerSettings,
} from './reconciler.service';

/** Restores the jobs Redis lost, from PostgreSQL, at bootstrap and every minute. */
@Module({})
export class ReconcilerModule {
  static forRoot(settings: Partial<ReconcilerSettings> = {}): DynamicModule {
    return {
      module: ReconcilerModule,
      providers: [
        { provide: Clock, useClass: SystemClock },
        ReconcilerService,
        {
          provide: RECONCILER_SETTINGS,
          useValue: { ...RECONCILER_DEFAULTS, ...settings } satisfies ReconcilerSettings,
        },
      ],
    };
  }
}
