import { Module } from '@nestjs/common';
import { ProgramIndicatorsController } from './program-indicators.controller';
import { ProgramIndicatorsRepository } from './program-indicators.repository';
import { ProgramIndicatorsService } from './program-indicators.service';

@Module({
  controllers: [ProgramIndicatorsController],
  providers: [ProgramIndicatorsRepository, ProgramIndicatorsService],
})
export class ProgramIndicatorsModule {}
