import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ListPage } from './list-page';

/**
 * Answers a ListPage the way react-admin's simple REST data provider reads it: the rows as a JSON
 * array, the total in `Content-Range`.
 */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ListPage)) return value;
        const page: ListPage<unknown> = value;
        void context
          .switchToHttp()
          .getResponse<FastifyReply>()
          .header('Content-Range', page.contentRange);
        return page.items;
      }),
    );
  }
}
