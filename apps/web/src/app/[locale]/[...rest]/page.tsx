import { notFound } from "next/navigation";

// Any address under a locale that no page claims renders the localized 404 page.
export default function CatchAll() {
  notFound();
}
