/** Preview images render from any title without a network: Satori would download emoji while the site builds. */
import { ImageResponse } from "next/og";
import { describe, expect, it } from "vitest";
import { recordCard, ShareImage } from "@/components/share-image";
import { loadContent } from "@/lib/content/load";
import { shareImageFonts } from "@/lib/share-image-fonts";
import { withoutEmoji } from "@/lib/without-emoji";
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

describe("withoutEmoji", () => {
  it.each([
    ["🚀 Rocket science", "Rocket science"],
    ["🇵🇱 Poland", "Poland"],
    ["👨‍👩‍👧 Family 👍🏽", "Family"],
    ["#️⃣ Tags", "Tags"],
    ["C# and C++: 100% #1 → ★", "C# and C++: 100% #1 → ★"],
  ])("%j becomes %j", (text, drawable) => {
    expect(withoutEmoji(text)).toBe(drawable);
  });
});

describe("ShareImage", () => {
  it("renders a card whose title has emoji, offline", { timeout: 20_000 }, async () => {
    const { skills, profile } = loadContent(VALID_FIXTURE).content;
    const card = recordCard({ ...skills[0]!, title: "🚀 Rocket science ❤️" }, profile);
    const response = new ImageResponse(<ShareImage card={card} />, { width: 1200, height: 630, fonts: await shareImageFonts() });
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
