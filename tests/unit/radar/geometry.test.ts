/**
 * The radar's geometry on generated content: 1 to 200 skills in 1 to 8
 * categories, with random levels, evidence and titles from a fixed seed, so a
 * failure is reproducible. Whatever the content, points never overlap, labels
 * never collide with each other or with a point, and everything stays inside
 * the picture.
 */
import { describe, expect, it } from "vitest";
import { PROFICIENCY_LEVELS } from "@/lib/content/proficiency";
import { type Box, clipLabel, type RadarInput, type RadarSkill, radarFits, radarGeometry } from "@/lib/radar/geometry";

/** mulberry32: a tiny seeded generator, so every run draws the same content. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  "Go",
  "C++",
  "C#",
  ".NET",
  "PostgreSQL",
  "Straße",
  "Kubernetes operators",
  "🦀 Rust",
  "Event-driven architecture at scale",
  "R",
  "Apache Kafka Streams",
];

function contentSet(skillCount: number, categoryCount: number, seed: number, skew = false): RadarInput {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const categories = Array.from({ length: categoryCount }, (_, index) => ({ slug: `category-${index}` }));
  const skills: RadarSkill[] = Array.from({ length: skillCount }, (_, index) => ({
    slug: `skill-${index}`,
    title: `${pick(TITLES)} ${index}`,
    // A skewed set crowds one category, the hardest case for a sector's rows.
    category: skew && next() < 0.8 ? "category-0" : pick(categories).slug,
    level: pick(PROFICIENCY_LEVELS),
    evidence: Math.floor(next() * 6),
  }));
  return { categories, skills };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (box: Box, width: number, height: number) => box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

const CASES = [1, 2, 5, 16, 60, 120, 200].flatMap((skills) =>
  [1, 2, 3, 5, 8].flatMap((categories) => [false, true].map((skew) => ({ skills, categories, skew, seed: skills * 100 + categories }))),
);

describe.each(CASES)("$skills skills in $categories categories (skewed: $skew)", ({ skills, categories, skew, seed }) => {
  const input = contentSet(skills, categories, seed, skew);
  const geometry = radarGeometry(input);
  const { points, width, height } = geometry;

  it("draws every skill once", () => {
    expect(points.map((point) => point.skill.slug).sort()).toEqual(input.skills.map((skill) => skill.slug).sort());
  });

  it("never overlaps two points", () => {
    const clashes: string[] = [];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const [a, b] = [points[i]!, points[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + 2) clashes.push(`${a.skill.slug} × ${b.skill.slug}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("puts each point in its level's ring and its category's sector", () => {
    for (const point of points) {
      const ring = geometry.rings.find((each) => each.level === point.skill.level)!;
      const distance = Math.hypot(point.x - geometry.cx, point.y - geometry.cy);
      expect(distance - point.r).toBeGreaterThanOrEqual(ring.inner);
      expect(distance + point.r).toBeLessThanOrEqual(ring.outer);
      if (categories > 1) {
        const sector = geometry.sectors.find((each) => each.slug === point.skill.category)!;
        const angle = (Math.atan2(point.x - geometry.cx, geometry.cy - point.y) + 2 * Math.PI) % (2 * Math.PI);
        expect(angle).toBeGreaterThan(sector.start);
        expect(angle).toBeLessThan(sector.end);
      }
    }
  });

  it("never lets a label touch another label, a point or a sector badge", () => {
    const labels = points.flatMap((point) => (point.label ? [{ slug: point.skill.slug, box: point.label.box }] : []));
    const obstacles = [
      ...points.map((point) => ({ slug: point.skill.slug, box: { x: point.x - point.r, y: point.y - point.r, width: 2 * point.r, height: 2 * point.r } })),
      ...geometry.sectors.map(({ badge, slug }) => ({
        slug: `badge ${slug}`,
        box: { x: badge.x - badge.r, y: badge.y - badge.r, width: 2 * badge.r, height: 2 * badge.r },
      })),
    ];
    const clashes: string[] = [];
    labels.forEach((label, index) => {
      for (const other of labels.slice(index + 1)) if (overlaps(label.box, other.box)) clashes.push(`label ${label.slug} × label ${other.slug}`);
      for (const obstacle of obstacles) if (overlaps(label.box, obstacle.box)) clashes.push(`label ${label.slug} × ${obstacle.slug}`);
    });
    expect(clashes).toEqual([]);
  });

  it("keeps points, labels and badges inside the picture", () => {
    const outside = [
      ...points.filter((point) => !within({ x: point.x - point.r, y: point.y - point.r, width: 2 * point.r, height: 2 * point.r }, width, height)),
      ...points.filter((point) => point.label && !within(point.label.box, width, height)),
      ...geometry.sectors.filter(
        ({ badge }) => !within({ x: badge.x - badge.r, y: badge.y - badge.r, width: 2 * badge.r, height: 2 * badge.r }, width, height),
      ),
    ];
    expect(outside).toEqual([]);
  });

  it("gives the same picture for the same content", () => {
    expect(radarGeometry(contentSet(skills, categories, seed, skew))).toEqual(geometry);
  });
});

describe("radar layout", () => {
  it("sets learning apart: its ring starts outside every other with a gap", () => {
    const { rings } = radarGeometry(contentSet(60, 4, 7));
    const learning = rings.find((ring) => ring.level === "learning")!;
    const others = rings.filter((ring) => ring !== learning);
    expect(learning.inner).toBeGreaterThan(Math.max(...others.map((ring) => ring.outer)));
    expect(rings.map((ring) => ring.level)).toEqual([...PROFICIENCY_LEVELS]);
  });

  it("orders rings from the strongest level at the centre out", () => {
    const { rings } = radarGeometry(contentSet(40, 3, 11));
    for (let index = 1; index < rings.length; index++) expect(rings[index]!.inner).toBeGreaterThanOrEqual(rings[index - 1]!.outer);
  });

  it("labels every point of a sparse radar, and none of a compact one", () => {
    const sparse = contentSet(8, 3, 5);
    expect(radarGeometry(sparse).points.filter((point) => !point.label)).toEqual([]);
    expect(radarGeometry({ ...sparse, labels: false }).points.filter((point) => point.label)).toEqual([]);
  });

  it("grows with its content rather than crowding it", () => {
    expect(radarGeometry(contentSet(200, 1, 3)).radius).toBeGreaterThan(radarGeometry(contentSet(10, 1, 3)).radius);
  });

  it("gives a bigger dot to a skill with more evidence", () => {
    const one = (evidence: number) =>
      radarGeometry({ categories: [{ slug: "a" }], skills: [{ slug: "s", title: "S", category: "a", level: "expert", evidence }] });
    expect(one(3).points[0]!.r).toBeGreaterThan(one(0).points[0]!.r);
  });
});

describe("when a radar is drawn", () => {
  it("needs at least one skill and at most a few hundred", () => {
    expect([0, 1, 300, 301].map(radarFits)).toEqual([false, true, true, false]);
  });
});

describe("a radar of one category", () => {
  /** The largest angle round the centre with no point in it: small when points use the whole circle. */
  function largestEmptyAngle(input: RadarInput): number {
    const { points, cx, cy } = radarGeometry(input);
    const angles = points.map((point) => Math.atan2(point.x - cx, cy - point.y)).sort((a, b) => a - b);
    return Math.max(...angles.map((angle, index) => (angles[index + 1] ?? angles[0]! + 2 * Math.PI) - angle));
  }
  const skill = (index: number, level: RadarSkill["level"]): RadarSkill => ({
    slug: `s${index}`,
    title: `Skill ${index}`,
    category: "all",
    level,
    evidence: 0,
  });

  it("spreads one skill per level round the circle instead of lining them up", () => {
    const skills = PROFICIENCY_LEVELS.map((level, index) => skill(index, level));
    expect(largestEmptyAngle({ categories: [{ slug: "all" }], skills })).toBeLessThan(Math.PI);
  });

  it("spreads many skills of one level over most of the circle", () => {
    const skills = Array.from({ length: 12 }, (_, index) => skill(index, "production"));
    expect(largestEmptyAngle({ categories: [{ slug: "all" }], skills })).toBeLessThan(Math.PI / 3);
  });
});

describe("clipLabel", () => {
  it.each([
    ["PostgreSQL", 18, {}, "PostgreSQL"],
    ["Distributed systems", 18, {}, "Distributed…"],
    ["Amazon Web Services (AWS)", 18, {}, "Amazon Web…"],
    ["Supercalifragilisticexpialidocious", 18, {}, ""],
    ["Supercalifragilisticexpialidocious", 18, { partWords: true }, "Supercalifragilis…"],
  ])("cuts %j at %i characters (%j) to %j, keeping whole words", (text, chars, options, clipped) => {
    expect(clipLabel(text, chars, options)).toBe(clipped);
  });
});
