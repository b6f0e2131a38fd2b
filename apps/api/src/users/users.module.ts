import { UserEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FirstAdminSeeder } from './first-admin.seeder';
import { PasswordHasher } from './password.hasher';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, PasswordHasher, FirstAdminSeeder],
  exports: [UsersService, UsersRepository, PasswordHasher],
})
export class UsersModule {}
