import { shareCards } from "@/components/share-cards";
import { SHARE_PICTURE_BOX, type ShareCard, ShareImage } from "@/components/share-image";
import { getContent } from "@/lib/content";
import { sharePicture } from "@/lib/images/share";
import { sharePng } from "@/lib/images/share-png";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...shareCards(getContent()).keys()].map((image) => ({ image }));
}

async function picture(card: ShareCard): Promise<string | undefined> {
  if (card.drawing) return `data:image/svg+xml;base64,${Buffer.from(card.drawing).toString("base64")}`;
  if (!card.image) return undefined;
  const box = SHARE_PICTURE_BOX[card.image.shape];
  return sharePicture(card.image.asset, box.width, box.height);
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const card = shareCards(getContent()).get((await params).image);
  if (!card) return new Response("Not found", { status: 404 });
  const png = await sharePng(<ShareImage card={card} picture={await picture(card)} />);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
