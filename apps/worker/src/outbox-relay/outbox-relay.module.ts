import { type DynamicModule, Module } from '@nestjs/common';
import { OUTBOX_RELAY_DEFAULTS } from './outbox-relay';
import {
  OUTBOX_RELAY_SETTINGS,
  OutboxRelayService,
  type OutboxRelaySettings,
} from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';

/**
 * Relays the outbox into BullMQ from application bootstrap until shutdown. Exports the repository
 * for `outboxBacklog()`, the backlog metric.
 */
@Module({})
export class OutboxRelayModule {
  static forRoot(settings: Partial<OutboxRelaySettings> = {}): DynamicModule {
    return {
      module: OutboxRelayModule,
      providers: [
        OutboxRepository,
        OutboxRelayService,
        {
          provide: OUTBOX_RELAY_SETTINGS,
          useValue: { options: OUTBOX_RELAY_DEFAULTS, ...settings } satisfies OutboxRelaySettings,
        },
      ],
      exports: [OutboxRepository],
    };
  }
}
