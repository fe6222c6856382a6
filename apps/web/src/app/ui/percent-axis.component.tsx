import { Typography } from 'antd';

const TICKS = [0, 25, 50, 75, 100];

/**
 * The 0–100 scale under a column of horizontal bars laid out as a grid (label, bar, value): the ticks sit in the
 * bar's column, so `columns` must be the bars' own `gridTemplateColumns`.
 */
export function PercentAxis({ columns }: { columns: string }) {
  return (
    <div aria-hidden style={{ display: 'grid', gridTemplateColumns: columns, gap: 8 }}>
      <span />
      <div style={{ position: 'relative', height: 16 }}>
        {TICKS.map((tick) => (
          <Typography.Text
            key={tick}
            type="secondary"
            style={{
              position: 'absolute',
              left: `${tick}%`,
              transform: tick === 0 ? undefined : tick === 100 ? 'translateX(-100%)' : 'translateX(-50%)',
              fontSize: 11,
            }}
          >
            {tick}
          </Typography.Text>
        ))}
      </div>
      <span />
    </div>
  );
}
