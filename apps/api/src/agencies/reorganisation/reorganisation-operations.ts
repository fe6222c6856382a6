import { Caller } from '../../common/context/caller';
import { badField, DomainError } from '../../common/errors/domain-error';
import { AgencyMutationsService, BatchContext } from '../agency-mutations.service';
import { Agency } from '../agency.entity';
import { ReorganisationAction, ReorganisationOperationInput } from './reorganisation.input';

/** What a batch knows while it runs. */
export interface BatchState {
  day: string;
  /** Agencies by code: those that existed, then those the batch created. */
  byCode: Map<string, Agency>;
  /** Agencies ended by the batch → their successor (null: none). */
  ending: Map<string, string | null>;
  createdIds: string[];
}

// The single mutations name their own inputs' fields; a batch line has code and target.
const FIELD_OF_LINE: Record<string, string> = {
  id: 'code',
  sourceIds: 'code',
  newParentId: 'target',
  targetId: 'target',
  parentId: 'target',
  date: 'effectiveDate',
};

function asLineError(error: unknown): never {
  if (error instanceof DomainError && error.fields.length)
    throw new DomainError(
      error.code,
      error.key,
      error.params,
      error.extensions,
      error.fields.map((f) => ({ ...f, field: FIELD_OF_LINE[f.field] ?? f.field })),
    );
  throw error;
}

function agencyOf(state: BatchState, code: string, field: 'code' | 'target'): Agency {
  const agency = state.byCode.get(code.trim());
  if (!agency) throw badField(field, 'reorganisation.unknownCode', { code });
  return agency;
}

function targetsOf(state: BatchState, operation: ReorganisationOperationInput, required: boolean): Agency[] {
  const codes = (operation.target ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  if (required && !codes.length) throw badField('target', 'validation.required');
  return codes.map((code) => agencyOf(state, code, 'target'));
}

/** Applies one line through the single mutations (same checks, same scope), inside the batch's transaction. */
export async function applyOperation(
  mutations: AgencyMutationsService,
  caller: Caller,
  batch: BatchContext,
  state: BatchState,
  operation: ReorganisationOperationInput,
): Promise<void> {
  const { em } = batch;
  const day = state.day;
  try {
    switch (operation.action) {
      case ReorganisationAction.CREATE: {
        if (!operation.name) throw badField('name', 'validation.required');
        if (!operation.kind) throw badField('kind', 'validation.required');
        if (!operation.level) throw badField('level', 'validation.required');
        const [parent] = targetsOf(state, operation, false);
        const created = await mutations.create(
          caller,
          {
            code: operation.code,
            name: operation.name,
            shortName: operation.shortName ?? null,
            kind: operation.kind,
            level: operation.level,
            parentId: parent?.id ?? null,
            validFrom: day,
          },
          batch,
        );
        state.byCode.set(created.code, created);
        state.createdIds.push(created.id);
        return;
      }
      case ReorganisationAction.RENAME: {
        const agency = agencyOf(state, operation.code, 'code');
        if (!operation.name && operation.shortName === undefined && !operation.kind && !operation.level)
          throw badField('name', 'validation.required');
        const current = await em.findOneByOrFail(Agency, { id: agency.id });
        await mutations.update(
          caller,
          {
            id: agency.id,
            version: current.version,
            name: operation.name ?? undefined,
            shortName: operation.shortName,
            kind: operation.kind ?? undefined,
            level: operation.level ?? undefined,
            effectiveDate: day,
          },
          batch,
        );
        return;
      }
      case ReorganisationAction.MOVE: {
        const agency = agencyOf(state, operation.code, 'code');
        const [parent] = targetsOf(state, operation, true);
        await mutations.move(caller, { id: agency.id, newParentId: parent.id, effectiveDate: day }, batch);
        return;
      }
      case ReorganisationAction.MERGE: {
        const agency = agencyOf(state, operation.code, 'code');
        const [target] = targetsOf(state, operation, true);
        await mutations.merge(
          caller,
          { sourceIds: [agency.id], targetId: target.id, effectiveDate: day },
          batch,
        );
        state.ending.set(agency.id, target.id);
        return;
      }
      case ReorganisationAction.SPLIT:
      case ReorganisationAction.ABOLISH: {
        const agency = agencyOf(state, operation.code, 'code');
        const successors = targetsOf(state, operation, operation.action === ReorganisationAction.SPLIT);
        await mutations.deactivate(caller, { id: agency.id, date: day }, batch);
        if (successors.length) await em.update(Agency, { id: agency.id }, { successorId: successors[0].id });
        state.ending.set(agency.id, successors[0]?.id ?? null);
        return;
      }
    }
  } catch (error) {
    asLineError(error);
  }
}
