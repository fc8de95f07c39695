// @vitest-environment happy-dom
/**
 * Markdown bodies are untrusted text. The rendered HTML is parsed with a DOM
 * here, so the checks look at what a browser would build, not at substrings.
 */
import { describe, expect, it } from "vitest";
import { renderBody, renderMarkdown } from "@/lib/content/markdown";

function render(markdown: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderMarkdown(markdown);
  return container;
}

function eventHandlerAttributes(root: HTMLElement): string[] {
  return [...root.querySelectorAll("*")].flatMap((element) =>
    [...element.attributes].filter((attribute) => attribute.name.toLowerCase().startsWith("on")).map((attribute) => attribute.name),
  );
}

function urls(root: HTMLElement): string[] {
  return [...root.querySelectorAll("[href], [src]")].flatMap((element) =>
    ["href", "src"].map((name) => element.getAttribute(name)).filter((value): value is string => value !== null),
  );
}

describe("renderMarkdown safety", () => {
  it("does not let a <script> element through", () => {
    const root = render("<script>alert(1)</script>\n\nAfter the script.");
    expect(root.querySelectorAll("script")).toHaveLength(0);
    expect(root.textContent).toContain("After the script.");
  });

  it("gives a [link](javascript:...) no javascript: href", () => {
    const root = render("[x](javascript:alert(1)) and [y](JavaScript:alert(1))");
    expect(urls(root).filter((url) => /^\s*javascript:/i.test(url))).toEqual([]);
  });

  it('gives a raw <a href="javascript:..."> no javascript: href', () => {
    const root = render('<a href="javascript:alert(1)">x</a>');
    expect(urls(root).filter((url) => /^\s*javascript:/i.test(url))).toEqual([]);
  });

  it("drops onerror from a raw <img>", () => {
    const root = render("<img src=x onerror=alert(1)>");
    expect(eventHandlerAttributes(root)).toEqual([]);
  });

  it("drops iframes", () => {
    const root = render('<iframe src="https://example.com"></iframe>');
    expect(root.querySelectorAll("iframe")).toHaveLength(0);
  });
});

describe("renderMarkdown formatting", () => {
  it("keeps headings, lists, emphasis and https links", () => {
    const root = render("## Heading\n\n- one\n- **two**\n\nSee [the site](https://example.com/page).");
    expect(root.querySelector("h2")?.textContent).toBe("Heading");
    expect([...root.querySelectorAll("ul > li")].map((item) => item.textContent)).toEqual(["one", "two"]);
    expect(root.querySelector("li strong")?.textContent).toBe("two");
    const link = root.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://example.com/page");
    expect(link?.textContent).toBe("the site");
  });

  it("fits body headings into the page's outline: no second h1, no skipped level, the owner's ### kept", () => {
    const levels = (markdown: string) => [...render(markdown).querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => heading.tagName.toLowerCase());
    expect(levels("# Title\n\n## Part\n\n#### Detail")).toEqual(["h2", "h2", "h3"]);
    expect(levels("#### First\n\n###### Deep\n\n## Back up")).toEqual(["h3", "h4", "h2"]);
    expect(levels("### Usage\n\ntext\n\n### Practices")).toEqual(["h3", "h3"]);
  });

  it("starts a body shown right under the h1 at h2, and drops a heading the sanitizer emptied", () => {
    const container = document.createElement("div");
    container.innerHTML = renderBody("### Detail\n\n## <Web Components>\n\n#### Deeper", undefined, 1).html;
    expect([...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent}`)).toEqual([
      "h2 Detail",
      "h3 Deeper",
    ]);
  });

  it("keeps code blocks as code", () => {
    const root = render("```\nconst x = <T>() => 1;\n```");
    expect(root.querySelector("pre code")?.textContent).toBe("const x = <T>() => 1;");
  });
});
