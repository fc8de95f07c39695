import type { Look } from "@/lib/content";
import { themeCss } from "@/lib/look/theme-css";

/** The owner's colours and corners as CSS variables, in the page's head so the first paint has them. */
export function ThemeStyle({ look }: { look: Look }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: CSS built from the validated profile, allowed by its hash in the page's policy.
  return <style dangerouslySetInnerHTML={{ __html: themeCss(look) }} />;
}
