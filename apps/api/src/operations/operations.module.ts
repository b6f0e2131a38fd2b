import { Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics';
import { InspectedQueues } from './inspected-queues';
import { MetricsController } from './metrics.controller';
import { QueueBoardAccess } from './queue-board.access';
import { QueueBoardController } from './queue-board.controller';
import { UsersModule } from '../users/users.module';

/** How operators watch the system: Prometheus metrics, and the job queues on a board for admins. */
@Module({
  imports: [UsersModule],
  controllers: [MetricsController, QueueBoardController],
  providers: [InspectedQueues, ApiMetrics, QueueBoardAccess],
  exports: [ApiMetrics, InspectedQueues, QueueBoardAccess],
})
export class OperationsModule {}
