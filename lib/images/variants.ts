/**
 * The files an image becomes, and the attributes that let the browser pick
 * one: AVIF and WebP at a few widths (never wider than the original), or the
 * SVG itself, served as an inert <img>. Names carry the content hash, so a
 * changed image gets new URLs and old ones can be cached forever.
 */
import { basePath } from "@/lib/site-config";
import type { ImageAsset } from "./asset";

/** Widths for phones, tablets and desktops at 1x and 2x; the content column is at most ~900 px wide. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;
export const ENCODED_FORMATS = ["avif", "webp"] as const;
export type EncodedFormat = (typeof ENCODED_FORMATS)[number];

export const IMAGE_ROUTE = "/images/";

export interface ImageVariant {
  /** The file name under /images/. */
  name: string;
  asset: ImageAsset;
  /** Undefined for an SVG, which is copied as it is. */
  encode?: { format: EncodedFormat; width: number };
}

export function variantWidths(asset: ImageAsset): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((width) => width < asset.width);
  return [...widths, Math.min(asset.width, IMAGE_WIDTHS.at(-1)!)];
}

export function imageVariants(asset: ImageAsset): ImageVariant[] {
  if (asset.format === "svg") return [{ name: `${asset.stem}-${asset.hash}.svg`, asset }];
  return ENCODED_FORMATS.flatMap((format) =>
    variantWidths(asset).map((width) => ({ name: `${asset.stem}-${asset.hash}-${width}.${format}`, asset, encode: { format, width } })),
  );
}

export const imageUrl = (name: string) => `${basePath}${IMAGE_ROUTE}${name}`;

export interface PictureSources {
  src: string;
  width: number;
  height: number;
  /** Absent for an SVG, which scales by itself. */
  avif?: string;
  webp?: string;
}

/** What <picture> needs: srcsets per format, and the intrinsic size (in CSS pixels of the largest file) against layout shift. */
export function pictureSources(asset: ImageAsset): PictureSources {
  const variants = imageVariants(asset);
  if (asset.format === "svg") return { src: imageUrl(variants[0]!.name), width: asset.width, height: asset.height };
  const srcset = (format: EncodedFormat) =>
    variants
      .filter((variant) => variant.encode?.format === format)
      .map((variant) => `${imageUrl(variant.name)} ${variant.encode!.width}w`)
      .join(", ");
  const webp = variants.filter((variant) => variant.encode?.format === "webp");
  // The fallback src is a middle width: good enough for the rare browser that ignores srcset.
  const fallback = webp.find((variant) => variant.encode!.width >= 800) ?? webp.at(-1)!;
  const width = Math.min(asset.width, IMAGE_WIDTHS.at(-1)!);
  return { src: imageUrl(fallback.name), width, height: Math.round((asset.height * width) / asset.width), avif: srcset("avif"), webp: srcset("webp") };
}
