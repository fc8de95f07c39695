import { describe, expect, it } from "vitest";
import { closest, didYouMean, fileSlug, isSafeSlug, slugify } from "@/lib/content/slug";

describe("slugify", () => {
  it.each([
    ["Node.js", "node-js"],
    ["C++", "c-plus-plus"],
    ["C#", "c-sharp"],
    ["Pub/sub", "pub-sub"],
    ["Café", "cafe"],
    ["  --Hello,   World!--  ", "hello-world"],
  ])("turns %j into %j", (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });

  it("produces safe slugs from ASCII labels", () => {
    for (const label of ["Node.js", "C++", "Pub/sub", "Café", "REST APIs (v2)"]) expect(isSafeSlug(slugify(label))).toBe(true);
  });
});

describe("fileSlug", () => {
  it.each([
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
    ["C++", "cpp"],
    ["C#", "csharp"],
    [".NET", "dotnet"],
    ["ASP.NET Core", "asp-net-core"],
    ["Node.js", "node-js"],
    ["Zoë", "zoe"],
    ["🚀 Rocket science", "rocket-science"],
    ["Привет мир", "privet-mir"],
    ["TypeScript", "typescript"],
    ["SQLite", "sqlite"],
    ["Trailhead GmbH", "trailhead-gmbh"],
    ["PostgreSQL", "postgresql"],
  ])("transliterates %j to %j", (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });

  it("gives nothing rather than a made-up name when no letter can be kept", () => {
    expect(fileSlug("日本語")).toBe("");
  });

  it("always gives a safe slug", () => {
    for (const title of ["Straße", "C++/CLI", "  --Hello,   World!--  ", "R&D", "Ünïcode Café: 2× faster!"])
      expect(isSafeSlug(fileSlug(title)), title).toBe(true);
  });
});

describe("isSafeSlug", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(isSafeSlug("api-design")).toBe(true);
    expect(isSafeSlug("k8s")).toBe(true);
  });

  it.each(["My Skill", "api--design", "-api", "api-", "API", "café", ""])("rejects %j", (value) => {
    expect(isSafeSlug(value)).toBe(false);
  });
});

describe("closest", () => {
  it("suggests a slug one edit away", () => {
    expect(closest("fast-api", ["fastapi", "python", "redis"])).toBe("fastapi");
  });

  it("suggests a slug the value is a prefix of", () => {
    expect(closest("postgres", ["postgresql", "redis"])).toBe("postgresql");
  });

  it("ignores case when comparing", () => {
    expect(closest("Redis", ["redis", "rust"])).toBe("redis");
  });

  it("suggests nothing for a far-off value", () => {
    expect(closest("redis", ["python", "kotlin"])).toBeUndefined();
    expect(closest("go", ["typescript"])).toBeUndefined();
  });

  it("suggests nothing when there are no candidates", () => {
    expect(closest("redis", [])).toBeUndefined();
  });

  it("phrases a suggestion as did you mean, and nothing otherwise", () => {
    expect(didYouMean("titel", ["title", "summary"])).toBe('; did you mean "title"?');
    expect(didYouMean("zzzzzz", ["title", "summary"])).toBe("");
  });
});
