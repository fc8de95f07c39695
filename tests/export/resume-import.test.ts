/** This site's own /resume.json, imported into an empty folder, gives content that builds: the round trip, for every content set. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { importJsonResume } from "@/lib/import/json-resume";
import { contentPages, exportedFile, served } from "@/tests/site/site-map";

it("importing /resume.json gives content that builds, with every skill, workplace and result", () => {
  const { content } = contentPages();
  const resume = JSON.parse(fs.readFileSync(exportedFile(served("/resume.json")), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "round-trip-"));
  try {
    for (const [file, text] of importJsonResume(resume).files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const imported = loadContent(dir).content;
    expect(imported.skills.map((skill) => skill.title).sort()).toEqual(content.skills.map((skill) => skill.title).sort());
    expect(imported.experience.map((work) => work.organization)).toEqual(content.experience.map((work) => work.organization));
    expect(imported.achievements).toHaveLength(content.achievements.length);
    // Undated honours keep the order of their files, whose names the import chooses: compare them as a set.
    const honours = (records: typeof content.honours) => records.map((honour) => JSON.stringify([honour.title, honour.awarder, honour.date?.iso])).sort();
    expect(honours(imported.honours)).toEqual(honours(content.honours));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
