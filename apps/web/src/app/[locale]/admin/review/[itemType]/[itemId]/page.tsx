import { moderatedItemTypes, uuidSchema, type ModeratedItemType } from "@karvon/data";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/moderation/review-view";

type Props = { params: Promise<{ locale: string; itemType: string; itemId: string }> };

export default async function ReviewPage({ params }: Props) {
  const { locale, itemType, itemId } = await params;
  setRequestLocale(locale);
  if (!(moderatedItemTypes as readonly string[]).includes(itemType) || !uuidSchema.safeParse(itemId).success) notFound();
  return <ReviewView itemType={itemType as ModeratedItemType} itemId={itemId} />;
}
