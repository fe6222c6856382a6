/**
 * T with every key that may hold undefined made optional and never undefined: what is left of a patch
 * once the fields the caller did not send are dropped.
 */
export type DefinedFields<T extends object> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * The fields of `value` that hold something, null included: in a GraphQL patch an absent field means
 * "leave it" and null means "clear it", and an update must not turn the first into the second.
 */
export function definedFields<T extends object>(value: T): DefinedFields<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as DefinedFields<T>;
}
