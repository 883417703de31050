import { moderatedItemTypes, uuidSchema, type ModeratedItemType } from "@karvon/data";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/moderation/review-view";
import { resolveLocale } from "@/i18n/locale-param";

type Props = { params: Promise<{ locale: string; itemType: string; itemId: string }> };

export default async function ReviewPage({ params }: Props) {
  await resolveLocale(params);
  const { itemType, itemId } = await params;
  if (!(moderatedItemTypes as readonly string[]).includes(itemType) || !uuidSchema.safeParse(itemId).success) notFound();
  return <ReviewView itemType={itemType as ModeratedItemType} itemId={itemId} />;
}
