import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { buildId } from "./lib/build-id";
import { chosenFont, fontStylesheet } from "./lib/look/fonts";
import { plainProfile } from "./lib/profile-front-matter";
import { siteAddressWarnings } from "./lib/site-address";
import { basePath, siteAddress } from "./lib/site-config";

export default function nextConfig(phase: string): NextConfig {
  // Said once per build: Next loads this file again in its workers, which inherit the flag.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.PORTFOLIO_BUILD_WARNED) {
    process.env.PORTFOLIO_BUILD_WARNED = "1";
    for (const line of siteAddressWarnings(siteAddress)) console.warn(`\n⚠ ${line}`);
  }
  return {
    output: "export",
    // Every page becomes `route/index.html`, which any static host serves without rewrites.
    trailingSlash: true,
    basePath,
    images: { unoptimized: true },
    // Run as it is installed, not bundled: it starts its own binary (lib/browser-script.ts).
    serverExternalPackages: ["esbuild"],
    poweredByHeader: false,
    // The owner's font only: the other fonts' files are never built into the site.
    turbopack: { resolveAlias: { "site-font.css": fontStylesheet(chosenFont(plainProfile())) } },
    // The test runner (scripts/run-tests.ts) builds one content set after another from the
    // same code: it has type-checked that code once already, and the compiled code can be
    // reused from the compiler's cache, since only content differs. Deploy builds do neither.
    ...(process.env.PORTFOLIO_TEST_BUILD === "1" && {
      typescript: { ignoreBuildErrors: true },
      experimental: { turbopackFileSystemCacheForBuild: true },
    }),
    // Derived from the inputs, not random: the same tree builds to the same bytes.
    generateBuildId: () =>
      buildId({
        root: process.cwd(),
        contentDir: process.env.CONTENT_DIR ?? "content",
        env: { origin: siteAddress.origin, basePath, NODE_ENV: process.env.NODE_ENV },
      }),
  };
}
