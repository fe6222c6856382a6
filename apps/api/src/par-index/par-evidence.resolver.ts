import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import {
  AddParEvidenceLinkInput,
  AddParEvidenceRecordInput,
  ParEvidenceCandidatesArgs,
} from './dto/par-evidence.input';
import { ParEvidence } from './par-evidence.entity';
import { ParEvidenceCandidate } from './par-evidence.model';
import { evidenceDownloadUrl, ParEvidenceService } from './par-evidence.service';

/** Evidence of self-assessments: links and records here; files over HTTP (ParEvidenceController). */
@Resolver(() => ParEvidence)
export class ParEvidenceResolver {
  constructor(private readonly evidence: ParEvidenceService) {}

  @Query(() => [ParEvidenceCandidate], {
    description: "Records of the assessment's agency that may be cited, newest first (at most 50)",
  })
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  parEvidenceCandidates(
    @CurrentCaller() caller: Caller,
    @Args() args: ParEvidenceCandidatesArgs,
  ): Promise<ParEvidenceCandidate[]> {
    return this.evidence.candidates(caller.actor, args);
  }

  @Mutation(() => ParEvidence, { description: 'Cites a web page on an item of a DRAFT self-assessment' })
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  addParEvidenceLink(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AddParEvidenceLinkInput,
  ): Promise<ParEvidence> {
    return this.evidence.addLink(caller, input);
  }

  @Mutation(() => ParEvidence, {
    description: "Cites one of the agency's tasks, task updates, reports or figures on an item of a DRAFT",
  })
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  addParEvidenceRecord(
    @CurrentCaller() caller: Caller,
    @Args('input') input: AddParEvidenceRecordInput,
  ): Promise<ParEvidence> {
    return this.evidence.addRecord(caller, input);
  }

  @Mutation(() => Boolean, { description: 'Removes evidence of a DRAFT self-assessment' })
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  removeParEvidence(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.evidence.remove(caller, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Download path of a FILE (GET with the same Authorization header)',
  })
  downloadUrl(@Parent() row: ParEvidence): string | null {
    return evidenceDownloadUrl(row);
  }
}
