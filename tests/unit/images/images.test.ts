/**
 * Images in content, end to end without a browser: small images made by sharp
 * in the test, checked while content loads (errors name file, line and
 * field), rendered as <picture> with sizes, and encoded through the cache.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/content/markdown";
import { readImage } from "@/lib/images/asset";
import { encodeStats, variantBytes } from "@/lib/images/encode";
import { imageVariants, pictureSources } from "@/lib/images/variants";
import { bySlug, copyValidFixture, expectLoads, expectProblems, readFile, writeFile } from "@/tests/unit/content/fixture";

/** A PNG of the given size whose pixels differ every run, so its hash (and cache entry) is new. */
async function png(width: number, height: number): Promise<Buffer> {
  const [r, g, b] = randomBytes(3);
  return sharp({ create: { width, height, channels: 3, background: { r: r!, g: g!, b: b! } } })
    .png()
    .toBuffer();
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="300" height="100" fill="#0f766e"/></svg>';

function withImageField(dir: string, rel: string, field: string[]): void {
  const text = readFile(dir, rel);
  writeFile(dir, rel, text.replace(/^---\n/, `---\n${field.join("\n")}\n`));
}

describe("images in content", () => {
  it("loads a project image and body images, relative to the markdown file", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/screens/dashboard.png", await png(2000, 1000));
    writeFile(dir, "projects/flow.svg", SVG);
    withImageField(dir, "projects/ledger-sync.md", ["image:", "  src: ./screens/dashboard.png", "  alt: The dashboard"]);
    writeFile(dir, "projects/ledger-sync.md", `${readFile(dir, "projects/ledger-sync.md")}\n![How data flows](flow.svg)\n`);
    const { content, shownWarnings } = expectLoads(dir);
    const project = bySlug(content.projects, "ledger-sync");
    expect(project.image?.alt).toBe("The dashboard");
    expect([project.image?.asset.width, project.image?.asset.height]).toEqual([2000, 1000]);
    expect(project.html).toMatch(/<img src="\/images\/flow-[0-9a-f]{16}\.svg" alt="How data flows" width="300" height="100" loading="lazy"/);
    expect(content.images.map((image) => image.file.split("/").slice(-1)[0])).toEqual(["flow.svg", "dashboard.png"]);
    // Images beside the markdown are not content files, so they are not warned about.
    expect(shownWarnings).toEqual([]);
  });

  it("reports a missing file, a missing alt text, a web address and an oversized file with file, line and field", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "achievements/huge.png", Buffer.alloc(10 * 1024 * 1024 + 1));
    withImageField(dir, "projects/ledger-sync.md", ["image:", "  src: ./nowhere.png", "  alt: Nothing"]);
    withImageField(dir, "projects/trail-map.md", ["image:", "  src: ./map.png"]);
    withImageField(dir, "achievements/offline-100.md", ["image:", "  src: ./huge.png", "  alt: Too big"]);
    writeFile(dir, "skills/go.md", `${readFile(dir, "skills/go.md")}\nText.\n\n![](./diagram.svg)\n\n![Logo](https://example.com/logo.png)\n`);
    const goLines = readFile(dir, "skills/go.md").split("\n");
    const line = (text: string) => goLines.findIndex((each) => each.includes(text)) + 1;
    const problems = expectProblems(dir);
    expect(problems).toContain("content/projects/ledger-sync.md:3 image.src: no file at content/projects/nowhere.png");
    expect(problems).toContain("content/projects/trail-map.md:3 image.alt: required field is missing; expected text");
    expect(problems.find((problem) => problem.startsWith("content/achievements/offline-100.md:3 image.src: "))).toMatch(
      /is 10\.0 MB; the limit is 10 MB per image/,
    );
    expect(problems).toContain(
      `content/skills/go.md:${line("![](./diagram.svg)")} body: image "./diagram.svg" has no alt text; say what it shows between the brackets, like ![Request flow through the API](./diagram.svg)`,
    );
    expect(problems).toContain(`content/skills/go.md:${line("![](./diagram.svg)")} body: image: no file at content/skills/diagram.svg`);
    expect(
      problems.find((problem) => problem.startsWith(`content/skills/go.md:${line("![Logo]")} body: image: "https://example.com/logo.png" is a web address`)),
    ).toBeDefined();
  });

  it("says a file that is not an image is not one", () => {
    const dir = copyValidFixture();
    writeFile(dir, "projects/fake.png", "not a picture");
    withImageField(dir, "projects/ledger-sync.md", ["image:", "  src: fake.png", "  alt: Fake"]);
    expect(expectProblems(dir)).toContain(
      "content/projects/ledger-sync.md:3 image.src: content/projects/fake.png is not an image this site can use; expected jpg, png, webp, avif, gif, svg",
    );
  });
});

describe("pictures", () => {
  it("offers AVIF and WebP at widths up to the original, with the intrinsic size", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "wide.png", await png(1300, 650));
    const read = readImage(`${dir}/wide.png`);
    if (!("asset" in read)) throw new Error(read.problem);
    const sources = pictureSources(read.asset);
    expect(sources.avif).toMatch(/^\/images\/wide-[0-9a-f]{16}-480\.avif 480w, \S+-800\.avif 800w, \S+-1200\.avif 1200w, \S+-1300\.avif 1300w$/);
    expect(sources.webp).toMatch(/-480\.webp 480w, .*-1300\.webp 1300w$/);
    expect([sources.width, sources.height]).toEqual([1300, 650]);
    expect(sources.src).toMatch(/-800\.webp$/);

    const { html } = renderBody("![Wide](./wide.png)", `${dir}/page.md`);
    expect(html).toContain(`<source type="image/avif" srcset="${sources.avif}" sizes=`);
    expect(html).toContain(`srcset="${sources.webp}"`);
    expect(html).toMatch(/<img src="[^"]+-800\.webp" alt="Wide" width="1300" height="650" loading="lazy" decoding="async" srcset=/);
  });

  it("passes an SVG through as an inert <img>, never inline", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "evil.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(1)</script></svg>');
    const { html } = renderBody("![Diagram](evil.svg)", `${dir}/page.md`);
    expect(html).toMatch(/^<p><img src="\/images\/evil-[0-9a-f]{16}\.svg" alt="Diagram" width="10" height="10" loading="lazy" decoding="async"><\/p>$/);
  });
});

describe("encoding", () => {
  it("encodes each variant at its width, the same bytes every time, and from the cache the second time", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "photo.png", await png(900, 600));
    const read = readImage(`${dir}/photo.png`);
    if (!("asset" in read)) throw new Error(read.problem);
    const variants = imageVariants(read.asset);
    expect(variants.map((variant) => variant.name.replace(/-[0-9a-f]{16}-/, "-#-"))).toEqual([
      "photo-#-480.avif",
      "photo-#-800.avif",
      "photo-#-900.avif",
      "photo-#-480.webp",
      "photo-#-800.webp",
      "photo-#-900.webp",
    ]);
    const before = { ...encodeStats };
    const first = await Promise.all(variants.map(variantBytes));
    expect(encodeStats.encoded - before.encoded).toBe(variants.length);
    for (const [index, bytes] of first.entries()) {
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe(variants[index]!.encode!.format === "avif" ? "heif" : "webp");
      expect(meta.width).toBe(variants[index]!.encode!.width);
    }
    const again = await Promise.all(variants.map(variantBytes));
    expect(encodeStats.cached - before.cached).toBe(variants.length);
    expect(again).toEqual(first);
  });

  it("gives byte-identical output for the same image, cache or not", async () => {
    const dir = copyValidFixture();
    const bytes = await png(500, 300);
    writeFile(dir, "a.png", bytes);
    const read = readImage(`${dir}/a.png`);
    if (!("asset" in read)) throw new Error(read.problem);
    const [variant] = imageVariants(read.asset);
    const cached = await variantBytes(variant!);
    const fresh = await sharp(bytes).rotate().resize({ width: 480 }).avif({ quality: 55, effort: 4 }).toBuffer();
    expect(Buffer.compare(cached, fresh)).toBe(0);
    expect(fs.existsSync(dir)).toBe(true);
  });
});
