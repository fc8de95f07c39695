/**
 * The 1200x630 preview image shown when a page is shared. Rendered by Satori
 * (lib/images/share-png.ts), which understands inline styles and flexbox only.
 */
import type { ContentImage } from "@/lib/content";
import { shareColors } from "@/lib/look/site-colors";
import { siteFont } from "@/lib/site-font";
import { withoutEmoji } from "@/lib/without-emoji";

export interface ShareCard {
  kind: string;
  title: string;
  /** The key figure: "$100k+", "Production · 2+ years". */
  figure?: string;
  figureCaption?: string;
  /** Results lead with their number; everything else leads with its name. */
  figureFirst?: boolean;
  byline: string;
  /** A photo (round, beside the text) or a screenshot or diagram (a panel beside the text). */
  image?: ContentImage & { shape: "portrait" | "landscape" };
  /** A picture drawn for the card, as an SVG document: the skills radar. */
  drawing?: string;
}

/** The box a card's picture fills, in pixels of the 1200x630 image. */
export const SHARE_PICTURE_BOX = { portrait: { width: 240, height: 240 }, landscape: { width: 448, height: 280 } } as const;
const DRAWING_SIZE = 420;

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

function Picture({ card, src }: { card: ShareCard; src: string }) {
  if (card.drawing) return <img src={src} width={DRAWING_SIZE} height={DRAWING_SIZE} alt="" style={{ marginLeft: 40 }} />;
  const shape = card.image!.shape;
  const box = SHARE_PICTURE_BOX[shape];
  const colors = shareColors();
  return (
    <img
      src={src}
      width={box.width}
      height={box.height}
      alt=""
      style={{ marginLeft: 40, borderRadius: shape === "portrait" ? box.width / 2 : 16, border: `2px solid ${colors.rule}` }}
    />
  );
}

/** The card as Satori can draw it: its text without emoji, one space between words. */
function drawable(card: ShareCard): ShareCard {
  const { kind, title, figure, figureCaption, byline } = card;
  return {
    ...card,
    kind: withoutEmoji(kind),
    title: withoutEmoji(title),
    figure: figure && withoutEmoji(figure),
    figureCaption: figureCaption && withoutEmoji(figureCaption),
    byline: withoutEmoji(byline),
  };
}

/** A figure shown first is as large as its length allows: "99.9%" fills the card, a long one still fits its width in two lines. */
function leadingFigureSize(figure: string): number {
  const length = [...figure].length;
  return length <= 7 ? 128 : length <= 12 ? 96 : length <= 24 ? 64 : 48;
}

/** `picture` is the card's image or drawing as a data URL, when it has one. */
export function ShareImage({ card: written, picture }: { card: ShareCard; picture?: string }) {
  const card = drawable(written);
  const colors = shareColors();
  const isNumber = card.figure !== undefined && /\d/.test(card.figure) && card.figure.length <= 12;
  const figure = card.figure && (
    <div
      style={{
        display: "flex",
        fontSize: card.figureFirst ? leadingFigureSize(card.figure) : isNumber ? 64 : 40,
        fontWeight: 600,
        lineHeight: 1.05,
        letterSpacing: card.figureFirst ? -3 : 0,
        color: colors.accent,
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
        boxSizing: "border-box",
        // A word longer than the card (an identifier, a German compound) breaks rather than runs off the edge.
        wordBreak: "break-word",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: colors.background,
        color: colors.text,
        fontFamily: siteFont().family,
        borderTop: `12px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: colors.accent, fontWeight: 600, letterSpacing: 1, textTransform: "uppercase" }}>
        {clip(card.kind, 60)}
      </div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, minWidth: 0 }}>
          {card.figureFirst && figure}
          <div
            style={{ display: "flex", fontSize: card.title.length > 80 ? 48 : card.title.length > 40 || picture ? 58 : 72, fontWeight: 600, lineHeight: 1.1 }}
          >
            {clip(card.title, picture ? 60 : 80)}
          </div>
          {!card.figureFirst && figure}
          {card.figureCaption && (
            <div style={{ display: "flex", marginTop: 16, fontSize: 30, lineHeight: 1.35, color: colors.muted, maxWidth: 1000 }}>
              {clip(card.figureCaption, picture ? 90 : 130)}
            </div>
          )}
        </div>
        {picture && <Picture card={card} src={picture} />}
      </div>
      <div
        style={{
          display: "flex",
          paddingTop: 24,
          borderTop: `2px solid ${card.byline ? colors.rule : colors.background}`,
          fontSize: 26,
          color: colors.muted,
        }}
      >
        {clip(card.byline, 90)}
      </div>
    </div>
  );
}
