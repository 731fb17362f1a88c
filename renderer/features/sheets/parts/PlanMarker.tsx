/**
 * The numbered marks of the sheet's plan, drawn the same in its tables so the two read
 * together in black and white: a circle for an entrance, a square for a post.
 */
export function PlanMarker({
  shape,
  number,
  x,
  y,
  size,
}: {
  shape: 'entrance' | 'post';
  number: number;
  x: number;
  y: number;
  size: number;
}) {
  const half = size / 2;
  return (
    <g>
      {shape === 'entrance' ? (
        <circle cx={x} cy={y} r={half} fill="#fff" stroke="#000" strokeWidth={size / 9} />
      ) : (
        <rect x={x - half} y={y - half} width={size} height={size} fill="#000" />
      )}
      <text
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={size * 0.62}
        fontWeight={700}
        fill={shape === 'entrance' ? '#000' : '#fff'}
      >
        {number}
      </text>
    </g>
  );
}

/** The same mark at text size, for the number column of a table. */
export function MarkerGlyph({ shape, number }: { shape: 'entrance' | 'post'; number: number }) {
  return (
    <svg viewBox="0 0 20 20" width="4.2mm" height="4.2mm" role="img" aria-label={String(number)}>
      <PlanMarker shape={shape} number={number} x={10} y={10} size={18} />
    </svg>
  );
}
