import { Injectable } from '@nestjs/common';
import { ParFrameworkDefinition, ParTargetGroup } from '@partrack/shared';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { Lang, MessageKey, translate } from '../common/i18n/messages';
import { ImportParFrameworkInput } from './dto/par-framework.input';
import { buildParFrameworkXlsx, parseParFrameworkXlsx } from './formats';
import { ParCriterion } from './par-criterion.entity';
import { frameworkNodes } from './par-framework-problems';
import { ParFramework } from './par-framework.entity';
import { ParFrameworkImportResult } from './par-framework-import.model';
import { ParFrameworkBuilder } from './par-framework.builder';
import { ParFrameworksService } from './par-frameworks.service';
import { decodeBase64File } from '../common/http/base64-file';

/** A framework of 500 items with long guidance is ~150 KB; 2 MB leaves room for formatting, not for abuse. */
export const PAR_FRAMEWORK_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** A stored framework as the format sees it: parents by code, scales as options. */
export function definitionOf(
  framework: ParFramework,
  criteria: readonly ParCriterion[],
): ParFrameworkDefinition {
  const nodes = frameworkNodes(criteria);
  return {
    name: framework.name,
    targetGroup: framework.targetGroup,
    totalPoints: framework.totalPoints,
    bands: framework.bands,
    criteria: criteria.map((c, i) => ({
      ...nodes[i],
      title: c.title,
      guidance: c.guidance,
      evidenceRequired: c.evidenceRequired,
      dataRule: c.dataRule,
    })),
  };
}

/** Frameworks to and from the XLSX template: export, blank template, and an all-or-nothing import. */
@Injectable()
export class ParFrameworkXlsxService {
  constructor(
    private readonly frameworks: ParFrameworksService,
    private readonly builder: ParFrameworkBuilder,
  ) {}

  async template(): Promise<ExportedFile> {
    // An empty framework is the blank template: the guide sheet carries the example rows.
    const blank: ParFrameworkDefinition = {
      name: '',
      targetGroup: ParTargetGroup.DEPARTMENT,
      totalPoints: 100,
      bands: [],
      criteria: [],
    };
    return this.file(
      'mau-bo-tieu-chi-chi-so-cchc.xlsx',
      await buildParFrameworkXlsx(blank, { year: new Date().getFullYear() }),
    );
  }

  async export(actor: Actor, id: string): Promise<ExportedFile> {
    const framework = await this.frameworks.findOne(actor, id);
    const criteria = (await this.frameworks.criteriaOf([framework.id])).get(framework.id) ?? [];
    const buffer = await buildParFrameworkXlsx(definitionOf(framework, criteria), {
      year: framework.year,
      revision: framework.revision,
      isSample: framework.isSample,
    });
    const revision = framework.revision > 1 ? `-lan-${framework.revision}` : '';
    return this.file(
      `bo-tieu-chi-${framework.year}-${framework.targetGroup.toLowerCase()}${revision}.xlsx`,
      buffer,
    );
  }

  async import(
    caller: Caller,
    input: ImportParFrameworkInput,
    lang: Lang,
  ): Promise<ParFrameworkImportResult> {
    const bytes = decodeBase64File(input.contentBase64, PAR_FRAMEWORK_IMPORT_MAX_BYTES, 'contentBase64');
    const parse = await parseParFrameworkXlsx(bytes);
    const problems = parse.problems.map((p) => ({
      sheet: p.sheet,
      line: p.line,
      column: p.column,
      code: p.key,
      message: translate(p.key as MessageKey, lang, p.params),
    }));
    const definition = parse.definition;
    const result = {
      dryRun: input.dryRun,
      applied: false,
      items: definition?.criteria.length ?? 0,
      totalPoints: definition?.totalPoints ?? null,
      problems,
      framework: null,
    };
    if (!definition || problems.length > 0 || input.dryRun) {
      // A dry run still checks where the framework would go, so the real import cannot fail on it later.
      if (definition && !problems.length) await this.frameworks.assertCanCreateIn(caller, input.provinceId);
      return result;
    }
    const provinceId = await this.frameworks.assertCanCreateIn(caller, input.provinceId);
    const framework = await this.builder.createFromDefinition(caller, provinceId, input.year, definition);
    return { ...result, applied: true, framework };
  }

  private file(filename: string, buffer: Buffer): ExportedFile {
    return { filename, mimeType: XLSX_MIME, contentBase64: buffer.toString('base64') };
  }
}
