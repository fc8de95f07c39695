/**
 * The skills radar's geometry, as a pure function of the content: sectors are
 * the owner's categories, rings are proficiency levels from the centre out,
 * and learning is a ring of its own outside, set apart by a gap.
 *
 * Points sit on a grid of slots: each ring is cut into rows of slots one point
 * wide, a sector gets as many slots on a row as its arc holds, and a ring grows
 * a row whenever a sector runs out. Points therefore never overlap, for any
 * number of skills, and the same content always gives the same picture.
 * Labels beside points are placed greedily where they collide with nothing;
 * a point without room for its label keeps its name for hover, focus and
 * screen readers (the component draws that), so a crowded radar stays legible.
 */
import { PROFICIENCY_LEVELS, type Proficiency } from "@/lib/content/proficiency";

export interface RadarSkill {
  slug: string;
  title: string;
  category: string;
  level: Proficiency;
  /** Projects plus results behind the skill; a larger dot means more evidence. */
  evidence: number;
}

export interface RadarInput {
  categories: readonly { slug: string }[];
  skills: readonly RadarSkill[];
  /** Draw names beside points where they fit (the large radar); the compact one draws none. */
  labels?: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RadarLabel {
  text: string;
  x: number;
  /** Baseline of the text. */
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

export interface RadarPoint {
  skill: RadarSkill;
  x: number;
  y: number;
  r: number;
  label?: RadarLabel;
}

export interface RadarRing {
  level: Proficiency;
  inner: number;
  outer: number;
}

export interface RadarSector {
  slug: string;
  /** 1-based number shown at the sector's edge and in the legend. */
  number: number;
  /** Radians, clockwise from twelve o'clock. */
  start: number;
  end: number;
  badge: { x: number; y: number; r: number };
}

export interface RadarGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Outer edge of the outermost ring. */
  radius: number;
  rings: RadarRing[];
  sectors: RadarSector[];
  points: RadarPoint[];
  /** Where the name of a hovered or focused point is written, below the rings. */
  caption: { x: number; y: number; maxWidth: number };
}

export const RADAR = {
  core: 28,
  /** Largest dot radius; slots are sized for it so dots of any size fit. */
  maxPointRadius: 7,
  minPointRadius: 4,
  /** Centre-to-centre distance between neighbouring slots, along a row and between rows. */
  slot: 20,
  /** Space between a ring's edge and the nearest row of points. */
  bandPadding: 6,
  minBand: 40,
  learningGap: 16,
  /** Rings are stretched up to this radius so a small radar still reads as one. */
  minRadius: 150,
  margin: 64,
  badgeRadius: 11,
  captionHeight: 36,
  fontSize: 11,
  labelChars: 18,
  labelGap: 4,
  /** Past this many skills a radar is a cloud of dots that says less than the list; pages then show the list alone. */
  maxSkills: 300,
} as const;

export const radarFits = (skillCount: number) => skillCount > 0 && skillCount <= RADAR.maxSkills;

const TURN = Math.PI * 2;
/** The turn that spreads successive points most evenly round a circle (as sunflower seeds grow). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Width of a text in the radar's font, estimated on the wide side (no DOM at build time). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x2e80) em += 1.05;
    else if (/[A-Z0-9#@%&mwMW]/.test(char)) em += 0.72;
    else if (/[ iljtf.,:;'|!()[\]]/.test(char)) em += 0.36;
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * A label cut to at most `chars` characters, with "…" when cut. Cut at a word
 * boundary, what is seen stays a part of the point's accessible name, which
 * starts with the full title (WCAG 2.5.3, label in name: speech users say what
 * they see); when not even the first word fits, "" (no label), or with
 * `partWords` that word cut short, for text that is hidden until focused.
 */
export function clipLabel(text: string, chars: number = RADAR.labelChars, { partWords = false } = {}): string {
  const letters = [...text];
  if (letters.length <= chars) return text;
  let kept = "";
  for (const word of text.split(/(?<=\s)/)) {
    if ([...`${kept}${word}`.trimEnd()].length > chars - 1) break;
    kept += word;
  }
  if (!kept.trim() && !partWords) return "";
  return `${(kept.trim() ? kept : letters.slice(0, chars - 1).join("")).trimEnd()}…`;
}

export function pointRadius(evidence: number): number {
  return RADAR.minPointRadius + Math.min(Math.max(evidence, 0), RADAR.maxPointRadius - RADAR.minPointRadius);
}

/** Angle between neighbouring slots on a row of radius r: their chord is one slot wide. */
function slotAngle(r: number): number {
  return 2 * Math.asin(Math.min(1, RADAR.slot / (2 * r)));
}

/** Angles of a row's usable arc in a sector, keeping half a slot clear of each edge. */
function usableArc(r: number, span: number, wholeCircle: boolean): number {
  return wholeCircle ? TURN : span - 2 * Math.asin(Math.min(1, RADAR.slot / 2 / r));
}

function rowCapacity(r: number, span: number, wholeCircle: boolean): number {
  const arc = usableArc(r, span, wholeCircle);
  const step = slotAngle(r);
  if (wholeCircle) return Math.max(1, Math.floor(TURN / step));
  return arc < 0 ? 0 : Math.floor(arc / step) + 1;
}

/** Rows of a ring starting at `inner` until `count` points fit: the radius of each row and how many it holds. */
function rowsFor(count: number, inner: number, span: number, wholeCircle: boolean): { r: number; capacity: number }[] {
  const rows = [];
  let placed = 0;
  for (let r = inner + RADAR.bandPadding + RADAR.slot / 2; placed < count; r += RADAR.slot) {
    const capacity = rowCapacity(r, span, wholeCircle);
    rows.push({ r, capacity });
    placed += capacity;
  }
  return rows;
}

/** Spreads `count` points over rows in proportion to what each row holds, never above it. */
function shareRows(count: number, capacities: number[]): number[] {
  const total = capacities.reduce((sum, each) => sum + each, 0);
  const shares = capacities.map((capacity) => Math.min(capacity, Math.floor((count * capacity) / total)));
  let left = count - shares.reduce((sum, each) => sum + each, 0);
  for (let index = capacities.length - 1; left > 0; index = (index - 1 + capacities.length) % capacities.length) {
    if (shares[index]! < capacities[index]!) {
      shares[index]!++;
      left--;
    }
  }
  return shares;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

export const hundredths = (value: number) => Math.round(value * 100) / 100;

function circleBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** Where a point's label may go, best first: outward from the centre, then the other side, then above and below. */
function labelCandidates(point: RadarPoint, text: string, cx: number): RadarLabel[] {
  const { fontSize, labelGap } = RADAR;
  const width = textWidth(text, fontSize);
  const height = fontSize * 1.3;
  const baseline = (top: number) => top + fontSize * 0.95;
  const beside = (side: 1 | -1): RadarLabel => {
    const x = point.x + side * (point.r + labelGap);
    const top = point.y - height / 2;
    return { text, x, y: baseline(top), anchor: side === 1 ? "start" : "end", box: { x: side === 1 ? x : x - width, y: top, width, height } };
  };
  const stacked = (side: 1 | -1): RadarLabel => {
    const top = side === 1 ? point.y + point.r + 2 : point.y - point.r - 2 - height;
    return { text, x: point.x, y: baseline(top), anchor: "middle", box: { x: point.x - width / 2, y: top, width, height } };
  };
  const outward = point.x >= cx ? 1 : -1;
  return [beside(outward), beside(-outward as 1 | -1), stacked(-1), stacked(1)];
}

/** How the circle is divided: one sector per category, and the skills of each level in each. */
interface Layout {
  sectorCount: number;
  span: number;
  wholeCircle: boolean;
  cell: (level: Proficiency, sector: number) => RadarInput["skills"];
}

function layoutOf({ categories, skills }: RadarInput): Layout {
  const sectorCount = Math.max(1, categories.length);
  const sectorIndex = new Map(categories.map((category, index) => [category.slug, index]));
  return {
    sectorCount,
    span: TURN / sectorCount,
    wholeCircle: sectorCount === 1,
    cell: (level, sector) => skills.filter((skill) => skill.level === level && (sectorIndex.get(skill.category) ?? 0) === sector),
  };
}

/** Rings from the centre out, one per level present, each as deep as its fullest sector needs; a small radar is stretched to a readable size. */
function ringsFor(levels: Proficiency[], { sectorCount, span, wholeCircle, cell }: Layout): RadarRing[] {
  let inner: number = RADAR.core;
  const bands = levels.map((level) => {
    if (level === "learning" && levels.length > 1) inner += RADAR.learningGap;
    const rowsBySector = Array.from({ length: sectorCount }, (_, sector) => rowsFor(cell(level, sector).length, inner, span, wholeCircle));
    const rows = Math.max(...rowsBySector.map((each) => each.length));
    const depth = Math.max(RADAR.minBand, rows * RADAR.slot + 2 * RADAR.bandPadding);
    const band = { level, inner, outer: inner + depth };
    inner = band.outer;
    return band;
  });
  const stretch = inner < RADAR.minRadius ? (RADAR.minRadius - RADAR.core) / (inner - RADAR.core || 1) : 1;
  return bands.map((band) => ({
    level: band.level,
    inner: RADAR.core + (band.inner - RADAR.core) * stretch,
    outer: RADAR.core + (band.outer - RADAR.core) * stretch,
  }));
}

type At = (r: number, angle: number) => { x: number; y: number };

/** The points of one ring and sector, in rows centred in the ring (so stretched rings keep them in the middle). */
function cellPoints(ring: RadarRing, ringIndex: number, sector: number, layout: Layout, at: At): RadarPoint[] {
  const { span, wholeCircle } = layout;
  const members = layout.cell(ring.level, sector);
  if (members.length === 0) return [];
  const rows = rowsFor(members.length, ring.inner, span, wholeCircle);
  const shift = (ring.outer - ring.inner - 2 * RADAR.bandPadding - rows.length * RADAR.slot) / 2;
  const placed = rows.map((row) => ({ r: row.r + shift, capacity: rowCapacity(row.r + shift, span, wholeCircle) }));
  const counts = shareRows(
    members.length,
    placed.map((row) => row.capacity),
  );
  let next = 0;
  return placed.flatMap((row, rowIndex) => {
    const count = counts[rowIndex]!;
    const arc = usableArc(row.r, span, wholeCircle);
    const start = sector * span + (span - arc) / 2;
    return Array.from({ length: count }, (_, slot) => {
      const skill = members[next++]!;
      // Evenly over the arc; a row of one sits in the middle. A whole circle has no edges: each
      // ring starts a golden angle further round, so rings of few points never line up.
      const offset = wholeCircle ? ((slot + (rowIndex % 2) / 2) * TURN) / count + ringIndex * GOLDEN_ANGLE : count === 1 ? arc / 2 : (slot * arc) / (count - 1);
      return { skill, ...at(row.r, start + offset), r: pointRadius(skill.evidence) };
    });
  });
}

/** Each point's name where it fits without covering a point, a badge or another name; stronger skills (first in the input) choose first. */
function placeLabels(points: RadarPoint[], sectors: RadarSector[], box: { width: number; height: number; cx: number }): void {
  const taken: Box[] = [
    ...points.map((point) => circleBox(point.x, point.y, point.r + 1)),
    ...sectors.map(({ badge }) => circleBox(badge.x, badge.y, badge.r + 2)),
  ];
  for (const point of points) {
    const text = clipLabel(point.skill.title);
    if (!text) continue;
    const label = labelCandidates(point, text, box.cx).find(
      (candidate) => inside(candidate.box, box.width, box.height) && !taken.some((other) => intersects(other, candidate.box)),
    );
    if (label) {
      point.label = label;
      taken.push(label.box);
    }
  }
}

export function radarGeometry(input: RadarInput): RadarGeometry {
  const layout = layoutOf(input);
  const { sectorCount, span, wholeCircle } = layout;
  const rings = ringsFor(
    PROFICIENCY_LEVELS.filter((level) => input.skills.some((skill) => skill.level === level)),
    layout,
  );
  const radius = rings.at(-1)?.outer ?? RADAR.minRadius;
  const size = 2 * (radius + RADAR.margin);
  const cx = size / 2;
  const cy = size / 2;
  // Hundredths of a pixel are finer than any screen draws; longer numbers only weigh down the page.
  const at: At = (r, angle) => ({ x: hundredths(cx + r * Math.sin(angle)), y: hundredths(cy - r * Math.cos(angle)) });

  const points = rings.flatMap((ring, ringIndex) => Array.from({ length: sectorCount }, (_, sector) => cellPoints(ring, ringIndex, sector, layout, at)).flat());
  const sectors: RadarSector[] = Array.from({ length: sectorCount }, (_, index) => {
    const start = index * span;
    return {
      slug: input.categories[index]?.slug ?? "",
      number: index + 1,
      start,
      end: start + span,
      badge: { ...at(radius + RADAR.badgeRadius + 6, wholeCircle ? 0 : start + span / 2), r: RADAR.badgeRadius },
    };
  });
  if (input.labels ?? true) placeLabels(points, sectors, { width: size, height: size, cx });
  return {
    width: size,
    height: size + RADAR.captionHeight,
    cx,
    cy,
    radius,
    rings,
    sectors,
    points,
    caption: { x: cx, y: size + RADAR.captionHeight / 2, maxWidth: size - 16 },
  };
}
