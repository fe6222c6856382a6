import { badField } from '../errors/domain-error';

/**
 * The bytes of a file sent base64-encoded in a GraphQL input (imports): whitespace a client wrapped it with is
 * dropped; an empty file or one over `maxBytes` is BAD_USER_INPUT naming the field, before anything is parsed.
 */
export function decodeBase64File(text: string, maxBytes: number, field = 'fileBase64'): Buffer {
  const bytes = Buffer.from(text.replace(/\s+/g, ''), 'base64');
  if (!bytes.length) throw badField(field, 'import.empty');
  if (bytes.length > maxBytes)
    throw badField(field, 'import.tooLarge', { size: bytes.length, max: maxBytes });
  return bytes;
}
