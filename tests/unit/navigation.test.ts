/** The main navigation and the 404 page list a section only when the site has something in it, in the page kinds' order. */
import { afterAll, describe, expect, it, vi } from "vitest";

afterAll(() => vi.unstubAllEnvs());

async function destinations(contentDir: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", contentDir);
  const { navigation, notFoundDestinations } = await import("@/lib/navigation");
  const labels = (list: { label: string }[]) => list.map((each) => each.label);
  return { navigation: labels(navigation()), notFound: labels(notFoundDestinations()) };
}

describe("where a visitor can go", () => {
  it("offers only skills and the résumé on a site of one skill", async () => {
    expect(await destinations("tests/fixtures/edge/minimal")).toEqual({
      navigation: ["Skills", "Résumé"],
      notFound: ["Skills, by category and level", "One-page résumé", "Home"],
    });
  });

  it("offers every kind of record a full site has, then its career and the résumé", { timeout: 60_000 }, async () => {
    const { navigation } = await destinations("tests/fixtures/edge/maximal");
    expect(navigation).toEqual(["Skills", "Projects", "Results", "Writing", "Publications", "Talks", "Experience", "Résumé"]);
  });
});
