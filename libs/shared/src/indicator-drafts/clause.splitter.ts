/** A half-open range [start, end) of offsets into one line. */
export interface TextSpan {
  start: number;
  end: number;
}

/* "- ", "+ ", "a) ", and "1. " when a plan numbers its targets. */
const BULLET = /^(?:[-–—+•*]|[a-zđ]\)|\d{1,2}[.)])\s+/u;
/* A sentence ends at ". " before a capital ("… Chính phủ giao. Thực hiện …"); "80.5%" and "v.v." do not. */
const CLAUSE_BREAK = /;|\.(?=\s+\p{Lu})/gu;
const LEADING = /^[\s,;:.]+/;
const TRAILING = /[\s,;:.]+$/;

/** Narrows a span past separators and spaces at either end; `folded` has the offsets of the line. */
export function trimSpan(folded: string, span: TextSpan): TextSpan {
  const text = folded.slice(span.start, span.end);
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const trail = TRAILING.exec(text.slice(lead))?.[0].length ?? 0;
  let start = span.start + lead;
  let end = span.end - trail;
  // A list joined by "và" leaves the conjunction at a cut: "70% … cấp huyện và | 40% …".
  if (/^va\s/.test(folded.slice(start, end))) start += 3;
  if (/\sva$/.test(folded.slice(start, end))) end -= 3;
  if (start >= end) return { start, end: start };
  return start === span.start && end === span.end ? span : trimSpan(folded, { start, end });
}

/** The body of a line without its bullet marker. */
export function bodySpan(text: string): TextSpan {
  return { start: BULLET.exec(text)?.[0].length ?? 0, end: text.length };
}

/** Splits the body of a Part I line into clauses at semicolons and sentence ends. */
export function splitClauses(text: string, folded: string): TextSpan[] {
  const body = bodySpan(text);
  const spans: TextSpan[] = [];
  let start = body.start;
  for (const match of text.slice(body.start).matchAll(CLAUSE_BREAK)) {
    const at = body.start + match.index;
    spans.push({ start, end: at });
    start = at + 1;
  }
  spans.push({ start, end: body.end });
  return spans.map((span) => trimSpan(folded, span)).filter((span) => span.end > span.start);
}
