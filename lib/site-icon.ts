/**
 * The site's icon: the owner's own, when `public/` holds one, or the icon the
 * site ships with (`public/icon.svg`, which the owner may also simply replace).
 * An owner who drops `favicon.ico` from another site into public/ gets it in
 * every tab without touching code.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import { basePath } from "./site-config";

/** In order of preference: an owner's vector icon, then a bitmap one, then the built-in icon. */
export const ICON_FILES = [
  { file: "favicon.svg", type: "image/svg+xml" },
  { file: "favicon.png", type: "image/png" },
  { file: "favicon.ico", type: "image/x-icon" },
  { file: "icon.png", type: "image/png" },
  { file: "icon.svg", type: "image/svg+xml" },
] as const;

export function siteIcons(publicDir = path.join(process.cwd(), "public")): Metadata["icons"] {
  const icon = ICON_FILES.find(({ file }) => existsSync(path.join(publicDir, file)));
  return icon ? { icon: [{ url: `${basePath}/${icon.file}`, type: icon.type }] } : undefined;
}
