/** Preview images render from any title without a network: emoji are left out rather than downloaded while the site builds. */
import { describe, expect, it } from "vitest";
import { recordCard } from "@/components/share-cards";
import { ShareImage } from "@/components/share-image";
import { loadContent } from "@/lib/content/load";
import { sharePng } from "@/lib/images/share-png";
import { withoutEmoji } from "@/lib/without-emoji";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

describe("withoutEmoji", () => {
  it.each([
    ["🚀 Rocket science", "Rocket science"],
    ["🇵🇱 Poland", "Poland"],
    ["👨‍👩‍👧 Family 👍🏽", "Family"],
    ["#️⃣ Tags", "Tags"],
    ["Offline\ntile  cache ", "Offline tile cache"],
    ["ISTQB® Foundation, Java™ ©2024", "ISTQB® Foundation, Java™ ©2024"],
    ["Love ❤️ and ❤, ®️", "Love and ,"],
    ["C# and C++: 100% #1 → ★", "C# and C++: 100% #1 → ★"],
  ])("%j becomes %j", (text, drawable) => {
    expect(withoutEmoji(text)).toBe(drawable);
  });
});

describe("ShareImage", () => {
  it("renders a card whose title has emoji, offline", { timeout: 20_000 }, async () => {
    const { skills, profile } = loadContent(VALID_FIXTURE).content;
    const card = recordCard({ ...skills[0]!, title: "🚀 Rocket science ❤️" }, profile);
    const png = await sharePng(<ShareImage card={card} />);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
