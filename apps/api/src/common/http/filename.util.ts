import { badField } from '../errors/domain-error';

/** C0 and C1 controls, and the invisible direction marks that make "gpj.exe" display as "exe.jpg". */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Keeps the name readable but safe in a Content-Disposition header and a file system: the last path
 * segment, reserved characters replaced. A name that is empty, "." or "..", or carries control or
 * direction-override characters is refused (BAD_USER_INPUT on `filename`), not silently rewritten.
 */
export function cleanFilename(raw: string): string {
  if (UNSAFE_CHARACTERS.test(raw) || LONE_SURROGATE.test(raw))
    throw badField('filename', 'upload.badFilename');
  const base = raw
    .replace(/^.*[\\/]/, '')
    .replace(/["<>|:*?]/g, '_')
    .trim();
  if (!base || base === '.' || base === '..') throw badField('filename', 'upload.badFilename');
  // Postgres counts characters (code points), as does the spread.
  return [...base].slice(0, 255).join('');
}
