/**
 * Paths on the site written in markdown (`/cv.pdf`, `/skills/zig/`) and the
 * images built from it follow BASE_PATH, so a site under /portfolio works
 * without the owner writing the prefix.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyValidFixture, writeFile } from "./fixture";

async function renderUnder(basePath: string, markdown: string, file?: string): Promise<string> {
  vi.stubEnv("BASE_PATH", basePath);
  vi.resetModules();
  const { renderMarkdown } = await import("@/lib/content/markdown");
  return renderMarkdown(markdown, file);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("markdown under a base path", () => {
  it("prefixes links to paths on the site, and only those", async () => {
    const html = await renderUnder(
      "/portfolio",
      "[CV](/cv.pdf) [Zig](/skills/zig/) [already](/portfolio/x/) [web](https://example.com/a) [protocol-relative](//example.com/b) [here](#top) [relative](notes/)",
    );
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      "/portfolio/cv.pdf",
      "/portfolio/skills/zig/",
      "/portfolio/x/",
      "https://example.com/a",
      "//example.com/b",
      "#top",
      "notes/",
    ]);
  });

  it("leaves links alone at the root", async () => {
    expect(await renderUnder("", "[CV](/cv.pdf)")).toBe('<p><a href="/cv.pdf">CV</a></p>');
  });

  it("serves images from under the base path", async () => {
    const dir = copyValidFixture();
    writeFile(dir, "diagram.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"></svg>');
    expect(await renderUnder("/portfolio", "![A diagram](./diagram.svg)", `${dir}/page.md`)).toMatch(
      /<img src="\/portfolio\/images\/diagram-[0-9a-f]{16}\.svg"/,
    );
  });
});
