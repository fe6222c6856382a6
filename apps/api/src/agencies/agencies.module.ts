import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyGroupLoaders } from './agency-group.loaders';
import { AgencyGroup } from './agency-group.entity';
import { AgencyGroupsResolver } from './agency-groups.resolver';
import { AgencyGroupsService } from './agency-groups.service';
import { AgencyMutationsService } from './agency-mutations.service';
import { AgencyNamesService } from './agency-names.service';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository } from './agency-tree.repository';
import { Agency } from './agency.entity';
import { AgencyLoaders } from './agency.loaders';
import { AgencyImportResolver } from './import/agency-import.resolver';
import { AgencyImportService } from './import/agency-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agency, AgencyGroup]), AuditModule],
  providers: [
    AgenciesService,
    AgencyMutationsService,
    AgencyScopeService,
    AgencyTreeRepository,
    AgencyLoaders,
    AgencyGroupsService,
    AgencyGroupLoaders,
    AgencyNamesService,
    AgencyImportService,
    AgenciesResolver,
    AgencyGroupsResolver,
    AgencyImportResolver,
  ],
  exports: [
    AgencyScopeService,
    AgencyTreeRepository,
    AgencyImportService,
    AgenciesService,
    AgencyGroupsService,
    AgencyNamesService,
  ],
})
export class AgenciesModule {}
