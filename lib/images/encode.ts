/**
 * Encodes one variant of an image with sharp, through a cache on disk keyed by
 * the image's content hash and the encoder settings: a rebuild re-encodes
 * only images that changed. sharp gives the same bytes for the same input and
 * settings, so the export stays byte-identical from build to build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { ImageVariant } from "./variants";

export const IMAGE_CACHE_DIR = path.join(process.cwd(), "node_modules", ".cache", "portfolio-images");

/** Quality settings; part of the cache key, so changing them re-encodes everything. */
const SETTINGS = { avif: { quality: 55, effort: 4 }, webp: { quality: 78, effort: 4 } } as const;
const CACHE_VERSION = createHash("sha256")
  .update(`sharp-${sharp.versions.sharp}-${JSON.stringify(SETTINGS)}`)
  .digest("hex")
  .slice(0, 12);

export const encodeStats = { encoded: 0, cached: 0 };

async function encode(variant: ImageVariant): Promise<Buffer> {
  const { format, width } = variant.encode!;
  // rotate() applies the EXIF orientation; metadata (camera, GPS) is dropped by default.
  const pipeline = sharp(variant.asset.absolute, { animated: false }).rotate().resize({ width, withoutEnlargement: true });
  return format === "avif" ? pipeline.avif(SETTINGS.avif).toBuffer() : pipeline.webp(SETTINGS.webp).toBuffer();
}

/** The bytes of a variant: the SVG as it is, or the encoded file from the cache, encoding it first when missing. */
export async function variantBytes(variant: ImageVariant): Promise<Buffer> {
  if (!variant.encode) return readFileSync(variant.asset.absolute);
  const key = path.join(IMAGE_CACHE_DIR, `${CACHE_VERSION}-${variant.name}`);
  try {
    const cached = readFileSync(key);
    encodeStats.cached++;
    return cached;
  } catch {
    const bytes = await encode(variant);
    mkdirSync(IMAGE_CACHE_DIR, { recursive: true });
    // Write then rename, so a build stopped halfway never leaves a truncated file in the cache.
    const partial = `${key}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, key);
    encodeStats.encoded++;
    return bytes;
  }
}
