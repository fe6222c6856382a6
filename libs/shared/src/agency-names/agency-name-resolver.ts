import { foldVietnamese } from '../text/normalize';
import { FuzzyMatcher } from './agency-name-fuzzy';
import {
  CONFIDENCE_DERIVED,
  CONFIDENCE_EXACT,
  CONFIDENCE_PREFIX,
  derivedKeys,
  KeyTable,
  KeyTarget,
  prefixKeys,
} from './agency-name-key-table';
import { NameMatcher } from './agency-name-matcher';
import { parseSegment } from './agency-name-parser';
import { phraseWords, tokenizeAgencyText } from './agency-name-tokenizer';

export interface AgencyCandidate {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
  aliases: readonly string[];
}

export interface AgencyGroupCandidate {
  id: string;
  code: string;
  name: string;
  aliases: readonly string[];
}

export interface AgencyNameMatch {
  /** The piece of the input that named it, as written (for colon lists, the item after the colon). */
  text: string;
  kind: 'AGENCY' | 'GROUP';
  id: string;
  code: string;
  /** 1 for a name, short name or alias as written (ignoring case, diacritics, spacing); lower for guesses. */
  confidence: number;
}

export interface AgencyNameResolution {
  matches: AgencyNameMatch[];
  /** Pieces naming no known body, as written (trimmed), in order. */
  unresolved: string[];
}

/**
 * Resolves free-text agency cells ("Sở: TNMT, Xây dựng, KHĐT", "Các Sở, ban, ngành, UBND các huyện,
 * thị xã, thành phố") against a catalogue of agencies and agency groups. All indexes are built here, once;
 * `resolve` only does map lookups, and edit distance only for pieces nothing else could place.
 *
 * Confidence: 1 = a name, short name or alias as written, ignoring case, diacritics, spacing, "các" and the
 * connectives "và"/","/"-"/"&", with abbreviations expanded (TN&MT = TNMT = Tài nguyên và Môi trường), and
 * ignoring trailing qualifiers such as "liên quan", "được chọn thí điểm", "thuộc tỉnh", "tỉnh";
 * 0.95 = a key derived from one (kind or place word dropped: "Nội vụ", "Thăng Bình", "Viễn thông");
 * 0.9 × = names run together without a separator; 0.85 = a unique truncation ("Sở Lao động");
 * below that = a typo, scaled by edit distance ("Ni vụ" ≈ 0.7–0.8).
 *
 * The input is assumed to be an agency cell: a bare subject such as "Xây dựng" reads as its department.
 */
export class AgencyNameIndex {
  private readonly matcher: NameMatcher;
  private readonly exactTable = new KeyTable();

  constructor(agencies: readonly AgencyCandidate[], groups: readonly AgencyGroupCandidate[] = []) {
    const prefixTable = new KeyTable();
    const register = (target: KeyTarget, texts: readonly string[], derive: boolean): void => {
      for (const text of texts) {
        const words = phraseWords(text);
        this.exactTable.add(words.join(' '), target, CONFIDENCE_EXACT);
        if (derive)
          for (const key of derivedKeys(words)) this.exactTable.add(key, target, CONFIDENCE_DERIVED);
        for (const key of prefixKeys(words)) prefixTable.add(key, target, CONFIDENCE_PREFIX);
      }
    };
    for (const a of agencies) {
      register({ kind: 'AGENCY', id: a.id, code: a.code }, [a.name, a.shortName ?? '', ...a.aliases], true);
    }
    // Group wordings are generic ("Sở, ban, ngành"); stripping words from them would only create collisions.
    for (const g of groups)
      register({ kind: 'GROUP', id: g.id, code: g.code }, [g.name, ...g.aliases], false);
    this.matcher = new NameMatcher(this.exactTable, prefixTable, new FuzzyMatcher(this.exactTable));
  }

  /** Keys that two bodies share (e.g. the same alias on two agencies); they resolve to neither. */
  get ambiguousKeys(): string[] {
    return this.exactTable.ambiguousKeys();
  }

  resolve(text: string): AgencyNameResolution {
    const matches: AgencyNameMatch[] = [];
    const unresolved: string[] = [];
    const seenUnresolved = new Set<string>();
    for (const segment of tokenizeAgencyText(text)) {
      for (const piece of parseSegment(segment, this.matcher)) {
        const written = cleanPiece(text.slice(piece.start, piece.end));
        if (piece.hit) {
          addMatch(matches, {
            text: written,
            kind: piece.hit.target.kind,
            id: piece.hit.target.id,
            code: piece.hit.target.code,
            confidence: Math.round(piece.hit.confidence * 100) / 100,
          });
        } else if (written && !seenUnresolved.has(foldVietnamese(written))) {
          seenUnresolved.add(foldVietnamese(written));
          unresolved.push(written);
        }
      }
    }
    return { matches, unresolved };
  }
}

/** One-off convenience; build an AgencyNameIndex instead when resolving many cells. */
export function resolveAgencyNames(
  text: string,
  agencies: readonly AgencyCandidate[],
  groups: readonly AgencyGroupCandidate[] = [],
): AgencyNameResolution {
  return new AgencyNameIndex(agencies, groups).resolve(text);
}

/** Keeps the first mention's position, but the best confidence seen for that body. */
function addMatch(matches: AgencyNameMatch[], match: AgencyNameMatch): void {
  const existing = matches.find((m) => m.kind === match.kind && m.id === match.id);
  if (!existing) matches.push(match);
  else existing.confidence = Math.max(existing.confidence, match.confidence);
}

function cleanPiece(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,.;:\-–—&]+|[\s,.;:\-–—&]+$/g, '');
}
