/**
 * Lays a preview image out the way the build draws it (lib/images/share-png.ts)
 * and reports what a reader of the image would see as broken:
 * a text or picture outside the card, two that overlap, a line that runs into
 * the card's margin, or uneven spaces between words.
 */
import { createElement } from "react";
import type { SatoriNode } from "satori";
import { type ShareCard, ShareImage } from "@/components/share-image";
import { SHARE_IMAGE_SIZE, shareSvg } from "@/lib/images/share-png";

export interface LaidOutBox {
  /** The text it shows, or "picture". */
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A one-pixel PNG: where a card has a picture, its size, not its pixels, decides the layout. */
const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** The text and picture boxes of `card`'s preview image, as Satori places them on the 1200x630 card. */
export async function previewLayout(card: ShareCard): Promise<LaidOutBox[]> {
  const boxes: LaidOutBox[] = [];
  const keep = (node: SatoriNode) => {
    const label = node.type === "img" ? "picture" : typeof node.textContent === "string" ? node.textContent : undefined;
    if (label !== undefined) boxes.push({ label, left: node.left, top: node.top, width: node.width, height: node.height });
  };
  const picture = card.drawing || card.image ? PIXEL : undefined;
  await shareSvg(createElement(ShareImage, { card, picture }), keep);
  return boxes;
}

const overlap = (a: LaidOutBox, b: LaidOutBox) =>
  Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 1 && Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 1;

const quoted = (box: LaidOutBox) => JSON.stringify(box.label.length > 40 ? `${box.label.slice(0, 39)}…` : box.label);

/** `margin`: how close to the card's edge a box may come, in pixels. */
export function previewLayoutProblems(boxes: readonly LaidOutBox[], margin = 24): string[] {
  const { width, height } = SHARE_IMAGE_SIZE;
  const problems: string[] = [];
  boxes.forEach((box, index) => {
    const inside = box.left >= margin && box.top >= margin && box.left + box.width <= width - margin && box.top + box.height <= height - margin;
    if (!inside)
      problems.push(
        `${quoted(box)} reaches outside the card (${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)})`,
      );
    for (const other of boxes.slice(index + 1)) if (overlap(box, other)) problems.push(`${quoted(box)} overlaps ${quoted(other)}`);
    if (/\s{2}|[\t\n\r]|^\s|\s$/.test(box.label)) problems.push(`${quoted(box)} has uneven spaces between its words`);
  });
  return problems;
}
