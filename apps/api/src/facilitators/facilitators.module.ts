import { UserEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FacilitatorsController } from './facilitators.controller';
import { FacilitatorsRepository } from './facilitators.repository';

/** Who a case can be given to: the facilitators working where the caller works. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [FacilitatorsController],
  providers: [FacilitatorsRepository],
})
export class FacilitatorsModule {}
