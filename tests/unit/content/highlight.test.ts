// @vitest-environment happy-dom
/**
 * Highlighting runs after the markdown sanitizer, so it must not be a way
 * around it: whatever a code fence holds (its text or its language name), the
 * page gets inert, class-only markup. Parsed with a DOM, so the checks look at
 * what a browser would build.
 */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

function render(markdown: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderMarkdown(markdown);
  return container;
}

function dangers(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "style", "svg", "math", "form"].includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (name === "style") found.push(`${tag}[style]`);
      if (/^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

const HOSTILE_CODE = [
  '</code></pre><script>alert("x")</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '"><svg onload=alert(1)>',
  "<style>body{display:none}</style>",
];

const HOSTILE_LANGUAGES = [
  'js" onmouseover="alert(1)',
  "js onload=alert(1)",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "html",
  "svg",
  "__proto__",
  "constructor",
];

describe("highlighted code stays inert", () => {
  it.each(HOSTILE_CODE.flatMap((code) => ["ts", "html", "javascript", "", "nonsense"].map((language) => ({ code, language }))))(
    "code $code in a $language fence",
    ({ code, language }) => {
      const root = render(`\`\`\`${language}\n${code}\n\`\`\``);
      expect(dangers(root)).toEqual([]);
      // The hostile text is still shown, as text.
      expect(root.querySelector("pre code")?.textContent).toContain(code);
    },
  );

  it.each(HOSTILE_LANGUAGES)("a fence whose language is %s", (language) => {
    const root = render(`\`\`\`${language}\nconst x = 1;\n\`\`\``);
    expect(dangers(root)).toEqual([]);
    expect(root.querySelector("pre code")?.textContent).toBe("const x = 1;");
  });

  it("keeps raw HTML around a fence removed", () => {
    const root = render('<div onclick="alert(1)">\n\n```ts\nlet a = 1;\n```\n\n</div>\n\n<script>alert(1)</script>');
    expect(dangers(root)).toEqual([]);
  });
});

describe("highlighting", () => {
  it("marks tokens with role classes and no inline styles", () => {
    const root = render("```ts\n// note\nconst answer: number = 42;\n```");
    const pre = root.querySelector("pre")!;
    expect(pre.className).toBe("hl");
    expect(pre.getAttribute("data-language")).toBe("ts");
    expect(pre.getAttribute("tabindex")).toBe("0");
    expect(root.querySelector(".hl-comment")?.textContent).toBe("// note");
    expect([...root.querySelectorAll(".hl-keyword")].map((token) => token.textContent?.trim())).toContain("const");
    expect(root.querySelectorAll("[style]")).toHaveLength(0);
    expect(pre.textContent).toBe("// note\nconst answer: number = 42;");
  });

  it("accepts the usual short names of languages", () => {
    for (const name of ["ts", "py", "sh", "yml", "rs"]) {
      expect(render(`\`\`\`${name}\nx\n\`\`\``).querySelector("pre")?.hasAttribute("data-language"), name).toBe(true);
    }
  });

  it("shows a language it does not know as plain code in the same frame", () => {
    const root = render("```cobol-2099\nDISPLAY 'HI'.\n```");
    const pre = root.querySelector("pre")!;
    expect(pre.className).toBe("hl");
    expect(pre.hasAttribute("data-language")).toBe(false);
    expect(pre.textContent).toBe("DISPLAY 'HI'.");
  });

  it("highlights only fenced code, never inline code", () => {
    const root = render("Use `const x` here.");
    expect(root.querySelector("code")?.outerHTML).toBe("<code>const x</code>");
  });
});
