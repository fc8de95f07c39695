/**
 * Deployment files: Dockerfile, deploy/nginx.conf, the GitHub Pages workflow.
 *
 * These are text checks only (nothing is built or run): cheap guards against
 * an edit that quietly drops a line the deployment depends on. The nginx
 * config itself was exercised against a real nginx and the export by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Lines that are not comments or blank, so commented-out directives do not count. */
function directives(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

describe("Dockerfile", () => {
  const lines = directives(read("Dockerfile"));
  const stages = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^FROM\s/i.test(line));
  const finalStage = lines.slice(stages.at(-1)!.index);

  it("builds with npm ci and npm run build, taking SITE_URL and BASE_PATH as build arguments", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = lines.slice(0, stages.at(-1)!.index).join("\n");
    expect(build).toMatch(/^RUN npm ci\b/m);
    expect(build).toMatch(/^ARG SITE_URL\b/m);
    expect(build).toMatch(/^ARG BASE_PATH\b/m);
    // Passed on to the build as environment variables (lib/site-config.ts reads them); "${…}" is the Dockerfile's syntax, not a template.
    expect(build).toContain("SITE_URL=${SITE_URL}");
    expect(build).toContain("BASE_PATH=${BASE_PATH}");
    expect(build.indexOf("BASE_PATH=${BASE_PATH}")).toBeLessThan(build.indexOf("RUN npm run build"));
  });

  it("serves the export from an nginx image with deploy/nginx.conf", () => {
    expect(finalStage[0]).toMatch(/^FROM (nginx|nginxinc\/nginx-unprivileged):\d[\w.]*-alpine$/);
    expect(finalStage).toContain("COPY --from=build /app/out /usr/share/nginx/html");
    expect(finalStage).toContain("COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf");
  });

  it("keeps local build output out of the build context", () => {
    const ignored = directives(read(".dockerignore"));
    for (const entry of ["node_modules", ".next", "out", ".test-sites", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("deploy/nginx.conf", () => {
  const conf = directives(read("deploy/nginx.conf")).join("\n");

  it("serves route/index.html for route/, adds the slash with a relative redirect, and 404s with 404.html", () => {
    expect(conf).toMatch(/^\s*try_files \$uri \$uri\/ =404;/m);
    expect(conf).toMatch(/^index index\.html;/m);
    expect(conf).toMatch(/^absolute_redirect off;/m);
    expect(conf).toMatch(/^error_page 404 \/404\.html;/m);
  });

  it("caches hashed assets under /_next/static/ forever and everything else with revalidation", () => {
    expect(conf).toMatch(/~\^\/_next\/static\/\s+"public, max-age=31536000, immutable";/);
    expect(conf).toMatch(/default\s+"public, max-age=0, must-revalidate";/);
    expect(conf).toMatch(/^add_header Cache-Control \$\w+ always;/m);
  });

  it("hides the version and sends basic security headers", () => {
    expect(conf).toMatch(/^server_tokens off;/m);
    expect(conf).toMatch(/^add_header X-Content-Type-Options "nosniff" always;/m);
    expect(conf).toMatch(/^add_header Referrer-Policy "strict-origin-when-cross-origin" always;/m);
    expect(conf).toMatch(/^gzip on;/m);
  });
});

describe(".github/workflows/pages.yml", () => {
  const workflow = read(".github/workflows/pages.yml");

  it("builds with SITE_URL and BASE_PATH, keeps _next/ with .nojekyll, and uploads out/", () => {
    expect(workflow).toMatch(/^\s+- run: npm ci\b/m);
    expect(workflow).toMatch(/^\s+run: npm run build$/m);
    expect(workflow).toMatch(/^\s+SITE_URL: https:\/\/\$\{\{ github\.repository_owner \}\}\.github\.io$/m);
    expect(workflow).toMatch(/^\s+BASE_PATH: \/\$\{\{ github\.event\.repository\.name \}\}$/m);
    expect(workflow).toMatch(/^\s+- run: touch out\/\.nojekyll$/m);
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: out$/m);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
  });

  it("lints and tests the owner's content, as it will be served, before it builds anything to publish", () => {
    const test = workflow.indexOf("run: npm test");
    expect(workflow.indexOf("run: npm run lint")).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(workflow.indexOf("run: npm run lint"));
    expect(test).toBeLessThan(workflow.indexOf("run: npm run build"));
    expect(workflow.slice(test, workflow.indexOf("run: npm run build"))).toMatch(
      /CONTENT_DIR: content\n\s+NEXT_TELEMETRY_DISABLED: 1\n\s+SITE_URL: .+\n\s+BASE_PATH: .+/,
    );
  });

  it("has the permissions a Pages deployment needs", () => {
    const permissions = workflow.match(/^permissions:\n((?: {2}.*\n)+)/m)?.[1] ?? "";
    expect(permissions).toMatch(/^ {2}pages: write$/m);
    expect(permissions).toMatch(/^ {2}id-token: write$/m);
    expect(permissions).toMatch(/^ {2}contents: read$/m);
  });
});

describe("security headers: deploy/nginx.conf and public/_headers", () => {
  /** `add_header Name "value" always;` lines, Cache-Control aside (its value depends on the path). */
  function nginxHeaders(): Map<string, string> {
    const lines = directives(read("deploy/nginx.conf"));
    const headers = lines.map((line) => /^add_header ([\w-]+) "([^"]*)" always;$/.exec(line)).filter((match) => match !== null);
    return new Map(headers.map(([, name, value]) => [name!, value!]));
  }

  /** The `/*` block of a Netlify / Cloudflare Pages _headers file. */
  function headersFileBlock(pattern: string): Map<string, string> {
    const blocks = read("public/_headers")
      .split(/\r?\n/)
      .filter((line) => line.trim() && !line.trim().startsWith("#"))
      .reduce<Map<string, Map<string, string>>>((all, line) => {
        if (!/^\s/.test(line)) all.set(line.trim(), new Map());
        else {
          const [name, ...value] = line.trim().split(":");
          [...all.values()].at(-1)!.set(name!.trim(), value.join(":").trim());
        }
        return all;
      }, new Map());
    return blocks.get(pattern) ?? new Map();
  }

  it("send the same set from both files", () => {
    expect(Object.fromEntries(headersFileBlock("/*"))).toEqual(Object.fromEntries(nginxHeaders()));
  });

  it("cover framing, sniffing, referrers, powerful features and cross-origin isolation", () => {
    const headers = nginxHeaders();
    expect(headers.get("Content-Security-Policy")).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
  });

  it("never loosen scripts in the header policy, and leave HSTS to TLS hosts (documented, not sent over plain HTTP)", () => {
    expect(nginxHeaders().get("Content-Security-Policy")).not.toMatch(/script-src|unsafe/);
    expect(nginxHeaders().has("Strict-Transport-Security")).toBe(false);
    expect(read("README.md")).toMatch(/Strict-Transport-Security/);
  });

  it("cache hashed assets forever on _headers hosts too", () => {
    expect(headersFileBlock("/_next/static/*").get("Cache-Control")).toBe("public, max-age=31536000, immutable");
  });
});
