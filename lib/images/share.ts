/**
 * Content images for the 1200x630 preview images: cropped to the box they
 * fill and handed to Satori as a data URL (it reads PNG and JPEG, not AVIF or
 * WebP, and not files). SVG diagrams are rasterised by sharp on the way.
 */
import sharp from "sharp";
import type { ImageAsset } from "./asset";

export async function sharePicture(asset: ImageAsset, width: number, height: number): Promise<string> {
  // Twice the box, so the preview stays sharp when shown on a high-density screen.
  const bytes = await sharp(asset.absolute, { density: asset.format === "svg" ? 192 : undefined })
    .rotate()
    .resize({ width: width * 2, height: height * 2, fit: "cover", position: asset.format === "svg" ? "centre" : "attention" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${bytes.toString("base64")}`;
}
