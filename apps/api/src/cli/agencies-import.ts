import { ImportFormat } from '@partrack/shared';
import { AgencyImportService } from '../agencies/import/agency-import.service';
import { AuditService } from '../audit/audit.service';
import { createDataSource } from '../database/data-source';
import { runMigrationsLocked } from '../database/database.module';

/** The CLI twin of the importAgencies mutation: same service, no HTTP body limit. */
export async function importAgenciesFromFile(
  url: string,
  format: ImportFormat,
  content: string,
  dryRun: boolean,
): Promise<number> {
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource, console.log);
    const result = await new AgencyImportService(dataSource, new AuditService()).import(
      null,
      format,
      content,
      dryRun,
    );
    console.log(
      `${dryRun ? 'dry run: ' : ''}created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}`,
    );
    result.errors.forEach((e) => console.error(`line ${e.line}: ${e.message}`));
    if (result.errors.length) console.error(`${result.errors.length} error(s): nothing was written`);
    return result.errors.length ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}
