"use client";

import { useTranslations } from "next-intl";
import { Link, useRouter } from "../i18n/navigation";
import { signOut } from "../lib/sign-out";
import { ButtonLink } from "@/components/ui/button";

export type HeaderUser = { name: string };

const linkClass = "inline-flex min-h-11 items-center hover:text-brand-600";

/** Sign-in / sign-up links, or the signed-in person's account link and sign-out (the server says who is signed in). */
export function UserMenu({ user }: { user: HeaderUser | null }) {
  const t = useTranslations("auth");
  const router = useRouter();

  if (!user) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/sign-in" className={linkClass}>
          {t("signIn.link")}
        </Link>
        <ButtonLink
          href="/sign-up"
        >
          {t("signUp.link")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="user-menu">
      <Link href="/account" className={`${linkClass} font-medium`} title={user.name}>
        {/* A long name is cut with an ellipsis (text-overflow needs a block, not the flex link itself). */}
        <span className="max-w-40 truncate">{user.name}</span>
      </Link>
      <button
        type="button"
        className={`${linkClass} whitespace-nowrap`}
        onClick={() =>
          void signOut().then(() => {
            router.push("/");
            router.refresh();
          })
        }
      >
        {t("signOut")}
      </button>
    </div>
  );
}
