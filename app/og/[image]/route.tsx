import { ImageResponse } from "next/og";
import { homeCard, recordCard, SHARE_IMAGE_SIZE, SHARE_PICTURE_BOX, type ShareCard, ShareImage, skillsCard } from "@/components/share-image";
import { getAchievements, getCategories, getProfile, getProjects, getSkills } from "@/lib/content";
import { sharePicture } from "@/lib/images/share";
import { SKILLS_SHARE_IMAGE, shareImageName } from "@/lib/routes";
import { shareImageFonts } from "@/lib/share-image-fonts";

export const dynamic = "force-static";
export const dynamicParams = false;

function cards() {
  const profile = getProfile();
  const skills = getSkills();
  const records = [...skills, ...getProjects(), ...getAchievements()];
  const featured = skills.filter((skill) => skill.featured && skill.proficiency !== "learning");
  return new Map([
    [shareImageName(), homeCard(profile, featured)],
    [
      SKILLS_SHARE_IMAGE,
      skillsCard(
        profile,
        getCategories().filter((category) => category.skills.length > 0),
        skills,
      ),
    ],
    ...records.map((record) => [shareImageName(record), recordCard(record, profile)] as const),
  ]);
}

export function generateStaticParams() {
  return [...cards().keys()].map((image) => ({ image }));
}

async function picture(card: ShareCard): Promise<string | undefined> {
  if (card.drawing) return `data:image/svg+xml;base64,${Buffer.from(card.drawing).toString("base64")}`;
  if (!card.image) return undefined;
  const box = SHARE_PICTURE_BOX[card.image.shape];
  return sharePicture(card.image.asset, box.width, box.height);
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const card = cards().get((await params).image);
  if (!card) return new Response("Not found", { status: 404 });
  return new ImageResponse(<ShareImage card={card} picture={await picture(card)} />, { ...SHARE_IMAGE_SIZE, fonts: await shareImageFonts() });
}
