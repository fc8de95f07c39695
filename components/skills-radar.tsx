/**
 * The skills radar, drawn on the server as inline SVG: no script, no layout
 * shift (the viewBox fixes the aspect ratio). Sectors are categories, rings
 * are levels, and every skill is a link to its page with a full accessible
 * name. The picture adds to the list of skills on the page; it never replaces
 * it. Colours come from classes, so it follows the theme and needs no inline styles.
 */
import type { Category, Skill } from "@/lib/content";
import { yearsLabel } from "@/lib/format";
import { counted, fill, messages } from "@/lib/i18n";
import { clipLabel, hundredths, RADAR, type RadarGeometry, type RadarPoint, type RadarRing, radarGeometry } from "@/lib/radar/geometry";
import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";

/** "PostgreSQL", "production", "3+ years", "2 projects", "1 result": what a point says about its skill. */
export function skillFacts(skill: Skill): string[] {
  const { levels, counts } = messages();
  return [
    skill.title,
    levels[skill.proficiency].label.toLowerCase(),
    skill.years && yearsLabel(skill.years),
    skill.projects.length > 0 && counted(counts.projects, skill.projects.length),
    skill.achievements.length > 0 && counted(counts.results, skill.achievements.length),
  ].filter((fact): fact is string => Boolean(fact));
}

export function skillsRadarGeometry(categories: readonly Category[], skills: readonly Skill[], labels: boolean): RadarGeometry {
  return radarGeometry({
    categories,
    skills: skills.map((skill) => ({
      slug: skill.slug,
      title: skill.title,
      category: skill.category.slug,
      level: skill.proficiency,
      evidence: skill.projects.length + skill.achievements.length,
    })),
    labels,
  });
}

/** An annulus sector as a path; a whole turn is drawn as two half arcs, which SVG can draw. */
function sectorPath(cx: number, cy: number, inner: number, outer: number, start: number, end: number): string {
  const at = (r: number, angle: number) => `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;
  if (end - start >= Math.PI * 2 - 1e-9) {
    const middle = start + Math.PI;
    return [
      `M ${at(outer, start)} A ${outer} ${outer} 0 1 1 ${at(outer, middle)} A ${outer} ${outer} 0 1 1 ${at(outer, start)} Z`,
      `M ${at(inner, start)} A ${inner} ${inner} 0 1 0 ${at(inner, middle)} A ${inner} ${inner} 0 1 0 ${at(inner, start)} Z`,
    ].join(" ");
  }
  const large = end - start > Math.PI ? 1 : 0;
  return `M ${at(inner, start)} L ${at(outer, start)} A ${outer} ${outer} 0 ${large} 1 ${at(outer, end)} L ${at(inner, end)} A ${inner} ${inner} 0 ${large} 0 ${at(inner, start)} Z`;
}

const DISPLAY_SCALE = 1.15;

const SECTOR_FILLS = ["fill-white dark:fill-tone-900", "fill-tone-100 dark:fill-tone-800/50"];

function Ring({ ring, geometry }: { ring: RadarRing; geometry: RadarGeometry }) {
  const learning = ring.level === "learning";
  return (
    <circle
      cx={geometry.cx}
      cy={geometry.cy}
      r={ring.outer}
      fill="none"
      strokeDasharray={learning ? "4 3" : undefined}
      className={learning ? "stroke-amber-600/70 dark:stroke-amber-400/60" : "stroke-tone-300 dark:stroke-tone-700"}
    />
  );
}

function Point({ point, skill, geometry }: { point: RadarPoint; skill: Skill; geometry: RadarGeometry }) {
  const facts = skillFacts(skill);
  const learning = skill.proficiency === "learning";
  const captionChars = Math.floor(geometry.caption.maxWidth / (RADAR.fontSize * 0.62));
  return (
    <a href={`${basePath}${routes.skill(skill.slug)}`} aria-label={facts.join(", ")} className="group focus-visible:outline-none">
      {/* A target larger than the dot, so it is easy to hit on a phone. */}
      <circle cx={point.x} cy={point.y} r={RADAR.slot / 2} className="fill-transparent" />
      <circle
        cx={point.x}
        cy={point.y}
        r={point.r + 4}
        strokeWidth={2.5}
        className="fill-none stroke-accent-strong opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
      />
      <circle
        cx={point.x}
        cy={point.y}
        r={point.r}
        strokeWidth={learning ? 1.5 : 0}
        strokeDasharray={learning ? "2 1.6" : undefined}
        className={learning ? "fill-amber-50 stroke-amber-700 dark:fill-tone-950 dark:stroke-amber-300" : "fill-accent"}
      />
      {point.label && (
        <text
          x={point.label.x}
          y={point.label.y}
          textAnchor={point.label.anchor}
          fontSize={RADAR.fontSize}
          className="hidden fill-tone-700 stroke-white stroke-3 [paint-order:stroke] group-hover:fill-accent-strong sm:inline dark:fill-tone-300 dark:stroke-tone-900"
          aria-hidden="true"
        >
          {point.label.text}
        </text>
      )}
      <text
        x={geometry.caption.x}
        y={geometry.caption.y}
        textAnchor="middle"
        dominantBaseline="middle"
        fontSize={RADAR.fontSize + 2}
        className="pointer-events-none fill-tone-900 font-semibold opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100 dark:fill-white"
        aria-hidden="true"
      >
        {clipLabel(facts.join(" · "), captionChars, { partWords: true })}
      </text>
    </a>
  );
}

/** What the points stand on, hidden from assistive technology: category sectors, level rings, the core, sector numbers. */
function RadarBackdrop({ geometry }: { geometry: RadarGeometry }) {
  const { cx, cy, radius, rings, sectors } = geometry;
  const hasLearning = rings.some((ring) => ring.level === "learning");
  return (
    <g aria-hidden="true">
      {sectors.map((sector, index) => (
        <path
          key={sector.slug || index}
          d={sectorPath(cx, cy, RADAR.core, radius, sector.start, sector.end)}
          fillRule="evenodd"
          className={SECTOR_FILLS[index % (sectors.length === 1 ? 1 : 2)]}
        />
      ))}
      {hasLearning && rings.length > 1 && (
        <path d={sectorPath(cx, cy, rings.at(-1)!.inner, radius, 0, Math.PI * 2)} fillRule="evenodd" className="fill-amber-50 dark:fill-amber-400/5" />
      )}
      <circle cx={cx} cy={cy} r={RADAR.core} className="fill-tone-50 stroke-tone-300 dark:fill-tone-950 dark:stroke-tone-700" />
      {rings.map((ring) => (
        <Ring key={ring.level} ring={ring} geometry={geometry} />
      ))}
      {sectors.length > 1 &&
        sectors.map((sector) => (
          <line
            key={`edge-${sector.number}`}
            x1={hundredths(cx + RADAR.core * Math.sin(sector.start))}
            y1={hundredths(cy - RADAR.core * Math.cos(sector.start))}
            x2={hundredths(cx + radius * Math.sin(sector.start))}
            y2={hundredths(cy - radius * Math.cos(sector.start))}
            className="stroke-tone-300 dark:stroke-tone-700"
          />
        ))}
      {sectors.map((sector) => (
        <g key={`badge-${sector.number}`}>
          <circle cx={sector.badge.x} cy={sector.badge.y} r={sector.badge.r} className="fill-tone-800 dark:fill-tone-200" />
          <text
            x={sector.badge.x}
            y={sector.badge.y}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={12}
            className="fill-white font-semibold dark:fill-tone-900"
          >
            {sector.number}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The key below or beside the picture: each numbered sector's category, and what the rings and dots mean. */
function RadarLegend({ geometry, categories, compact }: { geometry: RadarGeometry; categories: readonly Category[]; compact: boolean }) {
  const { rings, sectors } = geometry;
  const t = messages();
  const practised = rings.filter((ring) => ring.level !== "learning").map((ring) => t.levels[ring.level].label);
  const hasLearning = rings.some((ring) => ring.level === "learning");
  return (
    <figcaption className="text-sm text-tone-600 md:pt-4 dark:text-tone-400">
      <ol className="flex flex-col gap-2" aria-label={t.radar.sectors}>
        {sectors.map((sector) => {
          const category = categories.find((each) => each.slug === sector.slug);
          return (
            <li key={sector.number} className="flex items-baseline gap-2">
              <span
                aria-hidden="true"
                className="tabular inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-tone-800 text-xs font-semibold text-white dark:bg-tone-200 dark:text-tone-900"
              >
                {sector.number}
              </span>
              <span>
                <span className="font-medium text-tone-800 dark:text-tone-200">{category?.title}</span>
                {!compact && ` (${category?.skills.length ?? 0})`}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="mt-4 max-w-prose">
        {practised.length > 0 && fill(t.radar.rings, { levels: practised.join(", ") })}
        {hasLearning && fill(practised.length ? t.radar.learningOutside : t.radar.learningOnly, { learning: t.levels.learning.label })}
        {rings.length > 0 && ". "}
        {t.radar.dots}
      </p>
    </figcaption>
  );
}

/**
 * `full` (the skills page) writes names beside the points where they fit
 * (from 640 px up; on a phone they would be too small to read);
 * `compact` (the home page) draws the points alone, named on hover and focus.
 */
export function SkillsRadar({
  categories,
  skills,
  variant = "full",
  id = "skills-radar",
}: {
  categories: readonly Category[];
  skills: readonly Skill[];
  variant?: "full" | "compact";
  id?: string;
}) {
  const geometry = skillsRadarGeometry(categories, skills, variant === "full");
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const compact = variant === "compact";
  const t = messages();
  return (
    <figure
      id={id}
      className={compact ? "grid items-center gap-6 sm:grid-cols-[minmax(0,26rem)_1fr]" : "grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_15rem]"}
    >
      <svg
        viewBox={`0 0 ${geometry.width.toFixed(0)} ${geometry.height.toFixed(0)}`}
        // Drawn a little larger than its units on a wide screen, and never wider than the column.
        width={Math.round(geometry.width * DISPLAY_SCALE)}
        height={Math.round(geometry.height * DISPLAY_SCALE)}
        role="group"
        aria-label={fill(t.radar.label, { skills: counted(t.counts.skills, skills.length) })}
        className="mx-auto h-auto max-w-full select-none"
      >
        <RadarBackdrop geometry={geometry} />
        {geometry.points.map((point) => (
          <Point key={point.skill.slug} point={point} skill={bySlug.get(point.skill.slug)!} geometry={geometry} />
        ))}
      </svg>
      <RadarLegend geometry={geometry} categories={categories} compact={compact} />
    </figure>
  );
}
