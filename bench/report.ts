/** Writes one benchmark's results into its own section of BENCHMARKS.md, with the command and the machine. */
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const FILE = "BENCHMARKS.md";
const HEADER = `# Benchmarks

Each section is written by its script under \`bench/\`; run it again to refresh it.
Figures are from one machine; compare within a section, not across machines.
`;

export function machine(): string {
  const nextVersion = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Next ${nextVersion}`;
}

export function writeSection(name: string, title: string, command: string, body: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const date = new Date().toISOString().slice(0, 10);
  const commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  const section = `${start}\n## ${title}\n\n\`${command}\` · ${date} · commit ${commit}\n\nMachine: ${machine()}\n\n${body.trim()}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, text);
  console.log(`${FILE}: section "${title}" updated`);
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
