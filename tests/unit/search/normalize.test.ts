import { describe, expect, it } from "vitest";
import { normalizeTerm } from "@/lib/search/normalize";

describe("normalizeTerm", () => {
  it.each([
    ["Node.js", "nodejs"],
    ["NodeJS", "nodejs"],
    ["node js", "nodejs"],
    ["NODE.JS", "nodejs"],
    ["Node-JS", "nodejs"],
    ["C++", "cplusplus"],
    ["c plus plus", "cplusplus"],
    ["C#", "csharp"],
    ["F# ", "fsharp"],
    ["#hashtag ops", "hashtagops"],
    ["CI/CD", "cicd"],
    ["Objective-C", "objectivec"],
    ["Spring Boot", "springboot"],
    ["k8s", "k8s"],
    ["OAuth 2.0", "oauth20"],
    ["Café", "cafe"],
    ["Ｎｏｄｅ．ｊｓ", "nodejs"],
    ["Ruby 日本", "ruby日本"],
    ["  --  ", ""],
    ["", ""],
  ])("turns %j into %j", (text, term) => {
    expect(normalizeTerm(text)).toBe(term);
  });

  it("is idempotent", () => {
    for (const text of ["Node.js", "C++", "C#", "Café", "Pub/Sub"]) expect(normalizeTerm(normalizeTerm(text))).toBe(normalizeTerm(text));
  });

  // The posting matcher normalises each word once and joins the results for phrases.
  it("normalises a phrase to the concatenation of its words", () => {
    for (const words of [
      ["Spring", "Boot"],
      ["node", "js"],
      ["C++", "developer"],
      ["Ruby", "on", "Rails"],
      ["CI/CD", "pipelines"],
    ]) {
      expect(normalizeTerm(words.join(" "))).toBe(words.map(normalizeTerm).join(""));
    }
  });
});
