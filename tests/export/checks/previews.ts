/** Every page's preview image is a 1200x630 PNG that the export holds. */
import type { ExportedSite } from "@/tests/export/exported-site";
import { metaTags, pngSize } from "@/tests/export/html";

export interface PreviewResult {
  /** Distinct og:image URLs across the pages. */
  images: Set<string>;
  problems: string[];
}

export function previewImages(site: ExportedSite, urls: readonly string[]): PreviewResult {
  const result: PreviewResult = { images: new Set(), problems: [] };
  for (const url of urls) {
    const page = site.pageAt(new URL(url).pathname);
    const image = page && metaTags(page.tree).get("og:image");
    if (!image) {
      result.problems.push(`${url}: no og:image`);
      continue;
    }
    if (result.images.has(image)) continue;
    result.images.add(image);
    const file = site.fileAt(new URL(image).pathname);
    const size = file ? pngSize(site.read(file)!) : undefined;
    if (!file) result.problems.push(`${url}: og:image ${image} is not in the export`);
    else if (!file.endsWith(".png")) result.problems.push(`${url}: og:image ${image} is not named .png, so hosts will not send it as image/png`);
    else if (size?.width !== 1200 || size.height !== 630)
      result.problems.push(`${url}: og:image ${image} is ${size ? `${size.width}x${size.height}` : "not a PNG"}`);
  }
  return result;
}
