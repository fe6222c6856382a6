import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyGroupLoaders } from './agency-group.loaders';
import { AgencyGroup } from './agency-group.entity';
import { AgencyGroupsResolver } from './agency-groups.resolver';
import { AgencyGroupsService } from './agency-groups.service';
import { AgencyHistoryService } from './agency-history.service';
import { AgencyMutationsService } from './agency-mutations.service';
import { AgencyNamesService } from './agency-names.service';
import { AgencyScopeService } from './agency-scope.service';
import { AgencyTreeRepository } from './agency-tree.repository';
import { Agency } from './agency.entity';
import { AgencyVersion } from './agency-version.entity';
import { AgencyReorganisation } from './reorganisation/reorganisation.entity';
import { ReorganisationResolver } from './reorganisation/reorganisation.resolver';
import { ReorganisationService } from './reorganisation/reorganisation.service';
import { AgencyLoaders } from './agency.loaders';
import { AgencyImportResolver } from './import/agency-import.resolver';
import { AgencyImportService } from './import/agency-import.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Agency, AgencyGroup, AgencyVersion, AgencyReorganisation]),
    AuditModule,
  ],
  providers: [
    AgenciesService,
    AgencyMutationsService,
    AgencyHistoryService,
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
    ReorganisationService,
    ReorganisationResolver,
  ],
  exports: [
    AgencyHistoryService,
    AgencyScopeService,
    AgencyTreeRepository,
    AgencyImportService,
    AgenciesService,
    AgencyGroupsService,
    AgencyNamesService,
  ],
})
export class AgenciesModule {}
