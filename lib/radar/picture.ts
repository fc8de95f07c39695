/**
 * The radar as a standalone SVG document with fixed colours, for the skills
 * page's preview image (Satori, which draws the preview images, takes an SVG
 * as an image but knows nothing of the site's classes). The page itself draws
 * the radar with components/skills-radar.tsx.
 */
import type { RadarGeometry } from "./geometry";

export interface RadarPalette {
  sectors: [string, string];
  line: string;
  learning: string;
  point: string;
}

const f = (value: number) => value.toFixed(1);

function annulusSector(g: RadarGeometry, inner: number, outer: number, start: number, end: number): string {
  const at = (r: number, angle: number) => `${f(g.cx + r * Math.sin(angle))} ${f(g.cy - r * Math.cos(angle))}`;
  if (end - start >= Math.PI * 2 - 1e-9) {
    return `M ${at(outer, 0)} A ${outer} ${outer} 0 1 1 ${at(outer, Math.PI)} A ${outer} ${outer} 0 1 1 ${at(outer, 0)} Z M ${at(inner, 0)} A ${inner} ${inner} 0 1 0 ${at(inner, Math.PI)} A ${inner} ${inner} 0 1 0 ${at(inner, 0)} Z`;
  }
  const large = end - start > Math.PI ? 1 : 0;
  return `M ${at(inner, start)} L ${at(outer, start)} A ${outer} ${outer} 0 ${large} 1 ${at(outer, end)} L ${at(inner, end)} A ${inner} ${inner} 0 ${large} 0 ${at(inner, start)} Z`;
}

/** The rings, sectors and points, cropped to the rings; no labels or badges (a preview is too small to read them, and its SVG renderer has no fonts). */
export function radarPicture(g: RadarGeometry, palette: RadarPalette): string {
  const pad = 4;
  const box = `${f(g.cx - g.radius - pad)} ${f(g.cy - g.radius - pad)} ${f(2 * (g.radius + pad))} ${f(2 * (g.radius + pad))}`;
  const core = g.rings[0]?.inner ?? 0;
  const parts: string[] = [];
  g.sectors.forEach((sector, index) => {
    parts.push(`<path d="${annulusSector(g, 0, g.radius, sector.start, sector.end)}" fill="${palette.sectors[index % 2]}" fill-rule="evenodd"/>`);
  });
  for (const ring of g.rings) {
    const learning = ring.level === "learning";
    parts.push(
      `<circle cx="${f(g.cx)}" cy="${f(g.cy)}" r="${f(ring.outer)}" fill="none" stroke="${learning ? palette.learning : palette.line}" stroke-width="2"${learning ? ' stroke-dasharray="6 5"' : ""}/>`,
    );
  }
  parts.push(`<circle cx="${f(g.cx)}" cy="${f(g.cy)}" r="${f(core)}" fill="none" stroke="${palette.line}" stroke-width="2"/>`);
  if (g.sectors.length > 1) {
    for (const sector of g.sectors) {
      const x = (r: number) => f(g.cx + r * Math.sin(sector.start));
      const y = (r: number) => f(g.cy - r * Math.cos(sector.start));
      parts.push(`<line x1="${x(core)}" y1="${y(core)}" x2="${x(g.radius)}" y2="${y(g.radius)}" stroke="${palette.line}" stroke-width="2"/>`);
    }
  }
  for (const point of g.points) {
    parts.push(
      point.skill.level === "learning"
        ? `<circle cx="${f(point.x)}" cy="${f(point.y)}" r="${f(point.r)}" fill="none" stroke="${palette.learning}" stroke-width="2" stroke-dasharray="3 2"/>`
        : `<circle cx="${f(point.x)}" cy="${f(point.y)}" r="${f(point.r)}" fill="${palette.point}"/>`,
    );
  }
  const size = f(2 * (g.radius + pad));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${box}">${parts.join("")}</svg>`;
}
