import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteIcons } from "@/lib/site-icon";

function publicDir(...files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
  for (const file of files) fs.writeFileSync(path.join(dir, file), "");
  return dir;
}

describe("siteIcons", () => {
  it("uses the icon the site ships with when the owner has none", () => {
    expect(siteIcons(publicDir("icon.svg"))).toEqual({ icon: [{ url: "/icon.svg", type: "image/svg+xml" }] });
  });

  it("lets the owner's own favicon win", () => {
    expect(siteIcons(publicDir("icon.svg", "favicon.ico"))).toEqual({ icon: [{ url: "/favicon.ico", type: "image/x-icon" }] });
    expect(siteIcons(publicDir("icon.svg", "favicon.ico", "favicon.svg"))).toEqual({ icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] });
  });

  it("declares no icon when public/ has none", () => {
    expect(siteIcons(publicDir())).toBeUndefined();
  });

  it("keeps the icon in the repository, so a fresh clone has one", () => {
    expect(fs.existsSync("public/icon.svg")).toBe(true);
  });
});
