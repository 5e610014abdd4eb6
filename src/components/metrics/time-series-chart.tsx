"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "./metrics-series";

type Line = { key: keyof SeriesPoint; name: string; color: string };

const time = (at: number) => new Date(at).toLocaleTimeString("en-GB");

/** A line chart over the kept samples, with a text fallback while there are too few. */
export function TimeSeriesChart({ title, unit, points, lines, waitingSeconds }: { title: string; unit: string; points: SeriesPoint[]; lines: Line[]; waitingSeconds: number }) {
  return (
    <figure className="grid grid-cols-1 gap-2 rounded-xl border bg-card p-4 shadow-sm" aria-label={title}>
      <figcaption className="text-sm font-medium">
        {title} <span className="font-normal text-muted-foreground">({unit})</span>
      </figcaption>
      {points.length === 0 ? (
        <div className="grid h-56 place-items-center text-sm text-muted-foreground" role="status">
          Collecting samples: the first point appears after about {waitingSeconds} s.
        </div>
      ) : (
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="at" tickFormatter={time} fontSize={11} minTickGap={40} stroke="var(--muted-foreground)" />
              <YAxis fontSize={11} allowDecimals stroke="var(--muted-foreground)" />
              <Tooltip
                labelFormatter={(at) => time(Number(at))}
                formatter={(value) => `${value} ${unit}`}
                contentStyle={{ background: "var(--popover)", color: "var(--popover-foreground)", borderColor: "var(--border)", borderRadius: 8 }}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {lines.map((line) => (
                <Line
                  key={line.key}
                  type="linear"
                  dataKey={line.key}
                  name={line.name}
                  stroke={line.color}
                  strokeWidth={2}
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
