import { Fragment } from 'react';
import { Typography } from 'antd';
import { parseNarrative, type InlineSegment } from '../report-format.util';

function Inline({ segments }: { segments: readonly InlineSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.bold ? (
          <strong key={index}>{segment.text}</strong>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * Narrative text as the Word export lays it out: a paragraph per line, "- " lines as dash bullets, **bold**.
 * Indented first lines and dashes follow the administrative style rather than the browser's default list.
 */
export function FormattedText({
  text,
  empty,
  'data-testid': testId,
}: {
  text: string | null | undefined;
  /** Shown instead of nothing, e.g. "Chưa có nội dung." */
  empty?: string;
  'data-testid'?: string;
}) {
  const blocks = parseNarrative(text);
  if (blocks.length === 0) {
    return empty ? (
      <Typography.Paragraph type="secondary" italic data-testid={testId} style={{ marginBottom: 8 }}>
        {empty}
      </Typography.Paragraph>
    ) : null;
  }
  return (
    <div data-testid={testId}>
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index} style={{ margin: '0 0 6px', textIndent: 24, textAlign: 'justify' }}>
            <Inline segments={block.segments} />
          </p>
        ) : (
          <ul key={index} style={{ margin: '0 0 6px', paddingInlineStart: 40, listStyle: "'- '" }}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex} style={{ textAlign: 'justify' }}>
                <Inline segments={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
