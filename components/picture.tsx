import type { ContentImage } from "@/lib/content";
import { pictureSources } from "@/lib/images/variants";

/**
 * An image from the content as the build encoded it: AVIF and WebP at a few
 * widths for the browser to choose from, with the intrinsic size so nothing
 * moves when it arrives. Lazy unless it is above the fold (`priority`).
 * An SVG stays a plain <img>: it scales by itself and is never inlined.
 */
export function Picture({
  image,
  sizes,
  className,
  priority = false,
}: {
  image: ContentImage;
  /** How wide the image is shown, as the `sizes` attribute says it: "(min-width: 48rem) 28rem, 100vw". */
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  const sources = pictureSources(image.asset);
  const img = (
    <img
      src={sources.src}
      srcSet={sources.webp}
      sizes={sources.webp ? sizes : undefined}
      alt={image.alt}
      width={sources.width}
      height={sources.height}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
  if (!sources.avif) return img;
  return (
    <picture>
      <source type="image/avif" srcSet={sources.avif} sizes={sizes} />
      <source type="image/webp" srcSet={sources.webp} sizes={sizes} />
      {img}
    </picture>
  );
}
