import { UserEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The full names of the people behind ids on records a user sees (who asked for a move, who
 * wrote a history entry): colleagues see those names though only admins can read users.
 */
@Injectable()
export class UserNames {
  constructor(private readonly dataSource: DataSource) {}

  async byId(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.fullName'])
      .where('u.id = ANY(:ids)', { ids: wanted })
      .getMany();
    return new Map(rows.map((user) => [user.id, user.fullName]));
  }
}
