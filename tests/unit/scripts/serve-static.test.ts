/** `npm run serve` previews an export exactly as it will be deployed, base path included. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

function exportWith(basePath: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, "index.html"), `<html><script src="${basePath}/_next/static/chunks/app.js"></script><h1>Home</h1></html>`);
  fs.mkdirSync(path.join(dir, "skills"));
  fs.writeFileSync(path.join(dir, "skills/index.html"), "<h1>Skills</h1>");
  return dir;
}

let nextPort = 4390;

async function serve(dir: string, env: Record<string, string> = {}): Promise<{ url: string; banner: string }> {
  const port = nextPort++;
  const { BASE_PATH: _unset, ...inherited } = process.env;
  const server = spawn("node", ["scripts/serve-static.mjs", String(port), dir], { env: { ...inherited, ...env } });
  onTestFinished(() => void server.kill());
  const banner = await new Promise<string>((resolve, reject) => {
    server.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString()));
    server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, banner };
}

describe("npm run serve", () => {
  it("serves a base-path build under the path it was built with, and sends / there", async () => {
    const { url, banner } = await serve(exportWith("/portfolio"));
    expect(banner).toContain("/portfolio/");
    const root = await fetch(`${url}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/portfolio/");
    expect(await (await fetch(`${url}/portfolio/skills/`)).text()).toContain("Skills");
    expect((await fetch(`${url}/skills/`)).status).toBe(404);
  });

  it("takes BASE_PATH from the environment over what the export says", async () => {
    const { url } = await serve(exportWith("/portfolio"), { BASE_PATH: "/elsewhere" });
    expect((await fetch(`${url}/elsewhere/skills/`)).status).toBe(200);
  });

  it("serves a root build at the root", async () => {
    const { url } = await serve(exportWith(""));
    const root = await fetch(`${url}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("Home");
  });
});
