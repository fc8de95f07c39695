/** How a publication is cited: the authors line, the DOI link and the BibTeX entry a reader copies. */
import { describe, expect, it } from "vitest";
import { authorsLine, bibtex, doiUrl } from "@/lib/publication";

const PAPER = {
  authors: ["Zoë Łukasiewicz-Example", "Ada Lovelace"],
  title: "Notes on {braces}, 100% & $dollars in C#",
  venue: "Proceedings of SoCC '21",
  date: { year: 2021, month: 11, day: 1, iso: "2021-11-01" },
  doi: "10.1145/3472883.3486990",
  url: "https://example.com/paper.pdf",
};

describe("citing a publication", () => {
  it("names the authors as a reader says them", () => {
    expect(authorsLine(["Jane Doe"])).toBe("Jane Doe");
    expect(authorsLine(["Jane Doe", "Ada Lovelace"])).toBe("Jane Doe and Ada Lovelace");
    expect(authorsLine(["A", "B", "C"])).toBe("A, B and C");
  });

  it("links a DOI where it resolves", () => {
    expect(doiUrl(PAPER.doi)).toBe("https://doi.org/10.1145/3472883.3486990");
  });

  it("writes a BibTeX entry with every known field, its special characters escaped, and an ASCII key", () => {
    expect(bibtex(PAPER)).toBe(
      [
        "@article{lukasiewiczexample2021notes,",
        "  author = {Zoë Łukasiewicz-Example and Ada Lovelace},",
        "  title = {Notes on \\{braces\\}, 100\\% \\& \\$dollars in C\\#},",
        "  journal = {Proceedings of SoCC '21},",
        "  year = {2021},",
        "  month = {11},",
        "  doi = {10.1145/3472883.3486990},",
        "  url = {https://example.com/paper.pdf}",
        "}",
      ].join("\n"),
    );
  });

  it("leaves out what is unknown, and keys a title without Latin letters by what is left", () => {
    expect(bibtex({ authors: ["山田 太郎"], title: "分散システム", date: undefined })).toBe(
      "@article{publication,\n  author = {山田 太郎},\n  title = {分散システム}\n}",
    );
  });
});
