import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { InspectedQueues } from './inspected-queues';
import { QUEUE_BOARD_PATH, QueueBoardAccess } from './queue-board.access';

/**
 * Serves bull-board at QUEUE_BOARD_PATH, for admins holding the board's session cookie. It is a
 * Fastify plugin beside the Nest routes, so its own hook, not the Nest guards, keeps others out.
 */
export async function registerQueueBoard(app: NestFastifyApplication): Promise<void> {
  const access = app.get(QueueBoardAccess);
  const board = new FastifyAdapter();
  createBullBoard({
    queues: [...app.get(InspectedQueues).all.values()].map((queue) => new BullMQAdapter(queue)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Berdaya jobs' } },
  });
  board.setBasePath(QUEUE_BOARD_PATH);
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (await access.allows(request.headers.cookie)) return;
      await reply.code(401).send({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Open the queue board from the admin panel, signed in as an admin',
      });
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
