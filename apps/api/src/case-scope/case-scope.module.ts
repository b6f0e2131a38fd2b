import { Module } from '@nestjs/common';
import { CaseScopeRepository } from './case-scope.repository';

/** Shared by the features whose records belong to a case. */
@Module({ providers: [CaseScopeRepository], exports: [CaseScopeRepository] })
export class CaseScopeModule {}
