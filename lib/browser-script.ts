/**
 * A behaviour for the browser with the site's modules it imports (the skill
 * filter reads lib/search), bundled into one small script file at build time.
 * esbuild does the bundling: the compiler Vite and tsx already bring, fast and
 * deterministic (the same sources give the same bytes). Next's own bundles
 * would bring its runtime with them, which these pages do without
 * (lib/framework-runtime.ts).
 */
import { build } from "esbuild";

/** The script that runs `start`, exported by `entry` (a path from the project's root), with everything it imports. */
export async function browserScript(entry: string, start: string): Promise<string> {
  const { outputFiles } = await build({
    stdin: { contents: `import { ${start} } from "./${entry}";\n${start}();`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return outputFiles[0]!.text;
}
