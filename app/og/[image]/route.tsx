import { ImageResponse } from "next/og";
import { homeCard, recordCard, SHARE_IMAGE_SIZE, ShareImage } from "@/components/share-image";
import { getAchievements, getProfile, getProjects, getSkills } from "@/lib/content";
import { shareImageName } from "@/lib/routes";
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
    ...records.map((record) => [shareImageName(record), recordCard(record, profile)] as const),
  ]);
}

export function generateStaticParams() {
  return [...cards().keys()].map((image) => ({ image }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const card = cards().get((await params).image);
  if (!card) return new Response("Not found", { status: 404 });
  return new ImageResponse(<ShareImage card={card} />, { ...SHARE_IMAGE_SIZE, fonts: await shareImageFonts() });
}
