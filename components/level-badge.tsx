import { PROFICIENCY, type Proficiency } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";

/** Pip heights as classes, not style attributes, so the Content-Security-Policy needs no inline styles. */
const PIP_HEIGHTS = ["h-[5px]", "h-[7px]", "h-[9px]", "h-[11px]"];
const PIP_COUNT = PIP_HEIGHTS.length;

/**
 * Proficiency as text plus a four-step meter, so it reads without colour.
 * Learning gets a dashed outline and no meter: it must never look like experience.
 */
export function LevelBadge({ level }: { level: Proficiency }) {
  const { pips } = PROFICIENCY[level];
  const t = messages();
  const { label, description } = t.levels[level];
  if (level === "learning") {
    return (
      <span
        title={description}
        className="inline-flex items-center gap-1.5 rounded-full border border-dashed border-amber-600/70 px-2.5 py-0.5 text-xs font-medium text-amber-800 dark:border-amber-400/60 dark:text-amber-200"
      >
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 1.6" />
        </svg>
        {label}
      </span>
    );
  }
  return (
    <span
      title={description}
      className="inline-flex items-center gap-2 rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-medium text-accent-strong ring-1 ring-accent/20 ring-inset"
    >
      <span aria-hidden="true" className="flex items-end gap-0.5">
        {PIP_HEIGHTS.map((height, index) => (
          <span key={height} data-filled={index < pips || undefined} className={`w-1 rounded-sm ${height} ${index < pips ? "bg-accent" : "bg-accent/25"}`} />
        ))}
      </span>
      {label}
      <span className="sr-only"> {fill(t.levelMeter, { filled: pips, count: PIP_COUNT })}</span>
    </span>
  );
}
