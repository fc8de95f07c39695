/**
 * Self-test of the preview image layout check: it passes a card laid out by
 * Satori as the build draws it, and reports each defect planted in the boxes.
 */
import { describe, expect, it } from "vitest";
import { type LaidOutBox, previewLayout, previewLayoutProblems } from "@/tests/export/checks/preview-layout";

const box = (label: string, left: number, top: number, width = 400, height = 40): LaidOutBox => ({ label, left, top, width, height });
const KIND = box("Result", 72, 76);
const TITLE = box("Halved checkout latency", 72, 160);

describe("the preview image layout check", () => {
  it("passes a card whose boxes sit apart inside the card", async () => {
    const card = { kind: "Project", title: "Offline tile cache", figure: "40%", figureCaption: "less data on the road", byline: "Owner · Engineer" };
    const boxes = await previewLayout(card);
    expect(boxes.map((each) => each.label)).toEqual(["Project", "Offline tile cache", "40%", "less data on the road", "Owner · Engineer"]);
    expect(previewLayoutProblems(boxes)).toEqual([]);
  });

  it("reports a title drawn over the label above it", () => {
    expect(previewLayoutProblems([KIND, { ...TITLE, top: 90 }])).toEqual(['"Result" overlaps "Halved checkout latency"']);
  });

  it("reports text that runs off the card or into its margin", () => {
    expect(previewLayoutProblems([KIND, { ...TITLE, width: 2060 }])).toEqual(['"Halved checkout latency" reaches outside the card (72,160 2060x40)']);
    expect(previewLayoutProblems([KIND, { ...TITLE, top: 600 }])).toEqual(['"Halved checkout latency" reaches outside the card (72,600 400x40)']);
  });

  it("reports words with more than one space, or a line break, between them", () => {
    expect(previewLayoutProblems([KIND, { ...TITLE, label: "Offline  tile cache" }])).toEqual(['"Offline  tile cache" has uneven spaces between its words']);
    expect(previewLayoutProblems([KIND, { ...TITLE, label: "Offline\ntile cache" }])).toEqual(['"Offline\\ntile cache" has uneven spaces between its words']);
  });
});
