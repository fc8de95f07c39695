/**
 * An image file the content uses, read once per build process: its size on
 * disk, its pixel dimensions and a hash of its bytes. The hash names every
 * encoded file, so the output is the same for the same input, and an image
 * that did not change is never encoded again (see encode.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { displayPath } from "@/lib/content/source";

/** Larger than any photo a portfolio needs; a file this big is a mistake (a raw camera file, a video). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const IMAGE_FORMATS = ["jpg", "png", "webp", "avif", "gif", "svg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export interface ImageAsset {
  /** As shown in messages: relative to the working directory. */
  file: string;
  absolute: string;
  format: ImageFormat;
  width: number;
  height: number;
  /** The first 16 hex digits of the SHA-256 of the bytes. */
  hash: string;
  /** A URL-safe stem from the file name, so encoded files stay recognisable: `architecture`. */
  stem: string;
}

export type ImageRead = { asset: ImageAsset } | { problem: string };

const cache = new Map<string, ImageRead>();

function formatOf(type: string | undefined): ImageFormat | undefined {
  const format = type === "jpeg" ? "jpg" : type;
  return IMAGE_FORMATS.find((known) => known === format);
}

function stemOf(absolute: string): string {
  const stem = path
    .basename(absolute, path.extname(absolute))
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return stem || "image";
}

function read(absolute: string): ImageRead {
  let bytes: Buffer;
  try {
    const stats = statSync(absolute);
    if (!stats.isFile()) return { problem: `${displayPath(absolute)} is a folder, not an image file` };
    if (stats.size > MAX_IMAGE_BYTES) {
      return {
        problem: `${displayPath(absolute)} is ${(stats.size / 2 ** 20).toFixed(1)} MB; the limit is 10 MB per image (export a smaller JPEG, PNG or WebP)`,
      };
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === "ENOENT" ? `no file at ${displayPath(absolute)}` : `${displayPath(absolute)} cannot be read (${code ?? String(error)})` };
  }
  let size: ReturnType<typeof imageSize> | undefined;
  try {
    size = imageSize(bytes);
  } catch {
    size = undefined;
  }
  const format = formatOf(size?.type);
  if (!size || !format || !size.width || !size.height) {
    return { problem: `${displayPath(absolute)} is not an image this site can use; expected ${IMAGE_FORMATS.join(", ")}` };
  }
  // EXIF orientations 5-8 turn the picture a quarter: the encoded file is upright, so swap the sides.
  const turned = (size.orientation ?? 1) >= 5;
  return {
    asset: {
      file: displayPath(absolute),
      absolute,
      format,
      width: turned ? size.height : size.width,
      height: turned ? size.width : size.height,
      hash: createHash("sha256").update(bytes).digest("hex").slice(0, 16),
      stem: stemOf(absolute),
    },
  };
}

/** The image at `absolute`, or why it cannot be used; each file is read once per process. */
export function readImage(absolute: string): ImageRead {
  let result = cache.get(absolute);
  if (!result) {
    result = read(absolute);
    cache.set(absolute, result);
  }
  return result;
}
