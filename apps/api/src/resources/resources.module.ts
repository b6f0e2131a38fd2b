import { ResourceEntity } from '@berdaya/db';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseScopeModule } from '../case-scope/case-scope.module';
import { ResourcesController } from './resources.controller';
import { ResourcesRepository } from './resources.repository';
import { ResourcesService } from './resources.service';

@Module({
  imports: [TypeOrmModule.forFeature([ResourceEntity]), CaseScopeModule],
  controllers: [ResourcesController],
  providers: [ResourcesRepository, ResourcesService],
})
export class ResourcesModule {}
