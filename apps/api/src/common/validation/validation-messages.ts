import { ValidationArguments, ValidationError, ValidationOptions } from 'class-validator';
import { FieldProblem } from '../errors/domain-error';
import { isMessageKey, MessageKey, MessageParams } from '../i18n/messages';

/**
 * class-validator messages are English strings; we smuggle a message key and its params through them as
 * JSON so the error filter can localise them.
 */
export function msg(key: MessageKey, params: (args: ValidationArguments) => MessageParams = () => ({})) {
  return {
    message: (args: ValidationArguments) => JSON.stringify({ key, params: params(args) }),
  } satisfies ValidationOptions;
}

/** The constraint of IsRequiredIf (validators.ts), whose message may be a domain key ("give a reason…"). */
export const REQUIRED_IF = 'isRequiredIf';

const FALLBACK_BY_CONSTRAINT: Record<string, MessageKey> = {
  isNotEmpty: 'validation.required',
  isDefined: 'validation.required',
  isEmail: 'validation.email',
  isUuid: 'validation.uuid',
  isDateString: 'validation.date',
  arrayNotEmpty: 'validation.notEmptyList',
};

function problemFrom(field: string, constraint: string, message: string): FieldProblem {
  try {
    const parsed = JSON.parse(message) as { key?: string; params?: MessageParams };
    if (parsed.key && isMessageKey(parsed.key)) return { field, key: parsed.key, params: parsed.params };
  } catch {
    // not one of ours: fall through to the constraint's generic message
  }
  return { field, key: FALLBACK_BY_CONSTRAINT[constraint] ?? 'validation.invalid' };
}

/**
 * One field's problems: each message once, and only "required" (or an IsRequiredIf's own message) when the
 * value is missing: a null also fails "is a string", "min length"… which would only repeat it.
 */
function distinct(problems: (FieldProblem & { constraint: string })[]): FieldProblem[] {
  const required = problems.find((p) => p.key === 'validation.required' || p.constraint === REQUIRED_IF);
  const kept = required
    ? [required]
    : problems.filter((p, i) => problems.findIndex((q) => q.key === p.key) === i);
  return kept.map(({ constraint: _constraint, ...problem }) => problem);
}

/** Flattens nested class-validator errors into `input.path` → problem. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      ...problemFrom(field, constraint, message),
      constraint,
    }));
    return [...distinct(own), ...toFieldProblems(error.children ?? [], field)];
  });
}
