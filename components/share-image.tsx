/**
 * The 1200x630 preview image shown when a page is shared. Rendered by Satori
 * (next/og), which understands inline styles and flexbox only.
 */
import type { Achievement, Profile, Project, Skill } from "@/lib/content";
import { PROFICIENCY } from "@/lib/content";
import { yearsLabel } from "./format";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

const COLORS = { background: "#0f172a", text: "#f8fafc", muted: "#94a3b8", accent: "#5eead4", rule: "#1e293b" };

export interface ShareCard {
  kind: string;
  title: string;
  /** The key figure: "$100k+", "Production · 2+ years". */
  figure?: string;
  figureCaption?: string;
  /** Results lead with their number; everything else leads with its name. */
  figureFirst?: boolean;
  byline: string;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

export function homeCard(profile: Profile, featuredSkills: readonly Skill[]): ShareCard {
  return {
    kind: profile.name ? profile.headline : "Portfolio",
    title: profile.name ?? profile.headline,
    figure: profile.experience ? `${yearsLabel(profile.experience)} of experience` : undefined,
    figureCaption: profile.summary,
    byline: featuredSkills.map((skill) => skill.title).join(" · "),
  };
}

export function recordCard(record: Skill | Project | Achievement, profile: Profile): ShareCard {
  const byline = profile.name ? `${profile.name} · ${profile.headline}` : profile.headline;
  switch (record.kind) {
    case "skill":
      return {
        kind: record.category.title,
        title: record.title,
        figure: [PROFICIENCY[record.proficiency].label, record.years && yearsLabel(record.years)].filter(Boolean).join(" · "),
        figureCaption: record.summary,
        byline,
      };
    case "project": {
      const [result] = record.achievements;
      return {
        kind: "Project",
        title: record.title,
        figure: result?.figure,
        figureCaption: result ? result.metric : record.summary,
        byline,
      };
    }
    case "achievement":
      return { kind: "Result", title: record.metric, figure: record.figure, figureCaption: record.summary, figureFirst: true, byline };
  }
}

export function ShareImage({ card }: { card: ShareCard }) {
  const isNumber = card.figure !== undefined && /\d/.test(card.figure) && card.figure.length <= 12;
  const figure = card.figure && (
    <div
      style={{
        display: "flex",
        fontSize: card.figureFirst ? 128 : isNumber ? 64 : 40,
        fontWeight: 600,
        lineHeight: 1.05,
        letterSpacing: card.figureFirst ? -3 : 0,
        color: COLORS.accent,
        marginTop: card.figureFirst ? 0 : 24,
        marginBottom: card.figureFirst ? 12 : 0,
      }}
    >
      {card.figure}
    </div>
  );
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: COLORS.background,
        color: COLORS.text,
        fontFamily: "Geist",
        borderTop: `12px solid ${COLORS.accent}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: COLORS.accent, fontWeight: 600, letterSpacing: 1, textTransform: "uppercase" }}>
        {clip(card.kind, 60)}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        {card.figureFirst && figure}
        <div style={{ display: "flex", fontSize: card.title.length > 40 ? 58 : 72, fontWeight: 600, lineHeight: 1.1 }}>
          {clip(card.title, 80)}
        </div>
        {!card.figureFirst && figure}
        {card.figureCaption && (
          <div style={{ display: "flex", marginTop: 16, fontSize: 30, lineHeight: 1.35, color: COLORS.muted, maxWidth: 1000 }}>
            {clip(card.figureCaption, 130)}
          </div>
        )}
      </div>
      <div
        style={{
          display: "flex",
          paddingTop: 24,
          borderTop: `2px solid ${card.byline ? COLORS.rule : COLORS.background}`,
          fontSize: 26,
          color: COLORS.muted,
        }}
      >
        {clip(card.byline, 90)}
      </div>
    </div>
  );
}
