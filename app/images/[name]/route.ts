/**
 * Every image the content shows, as files under /images/: AVIF and WebP
 * encoded at build time (through the cache in lib/images/encode.ts) and SVGs
 * as they are. A static route, so the export writes each one as a plain file.
 */
import { getContent } from "@/lib/content";
import { variantBytes } from "@/lib/images/encode";
import { imageVariants } from "@/lib/images/variants";
import { PLACEHOLDER_SLUG } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Next refuses to export a dynamic route without params; a site without images gets one placeholder file, removed after the build. */
const PLACEHOLDER = `${PLACEHOLDER_SLUG}.txt`;

const MIME: Record<string, string> = { avif: "image/avif", webp: "image/webp", svg: "image/svg+xml" };

function variants() {
  return new Map(
    getContent()
      .images.flatMap(imageVariants)
      .map((variant) => [variant.name, variant]),
  );
}

export function generateStaticParams() {
  const names = [...variants().keys()];
  return (names.length ? names : [PLACEHOLDER]).map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (name === PLACEHOLDER) return new Response("This site has no images yet.\n", { headers: { "content-type": "text/plain; charset=utf-8" } });
  const variant = variants().get(name);
  if (!variant) return new Response("Not found", { status: 404 });
  const bytes = await variantBytes(variant);
  return new Response(new Uint8Array(bytes), { headers: { "content-type": MIME[name.split(".").pop()!]! } });
}
