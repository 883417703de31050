import { describe, expect, it, vi } from "vitest";
import type { Auth } from "./create-auth";
import { getApiSession } from "./session";

/** An Auth whose getSession answers `answer` and records that it was asked. */
function fakeAuth(answer: unknown = null) {
  const getSession = vi.fn(async () => answer);
  return { auth: { api: { getSession } } as unknown as Auth, getSession };
}

const signedIn = {
  user: { id: "u1", email: "a@karvon.test", name: "A", role: "admin", emailVerified: true, banned: false, locale: "ru" },
  session: { id: "s1", activeOrganizationId: null },
};

describe("getApiSession", () => {
  it("answers a request without a session cookie as a visitor's without asking better-auth", async () => {
    for (const headers of [new Headers(), new Headers({ cookie: "NEXT_LOCALE=ru; theme=dark" })]) {
      const { auth, getSession } = fakeAuth(signedIn);
      expect(await getApiSession(auth, headers)).toBeNull();
      expect(getSession).not.toHaveBeenCalled();
    }
  });

  it.each(["better-auth.session_token=abc.sig", "__Secure-better-auth.session_token=abc.sig", "x=1; better-auth.session_token=abc.sig"])(
    "asks better-auth when the request carries a session cookie (%s)",
    async (cookie) => {
      const { auth, getSession } = fakeAuth(signedIn);
      const headers = new Headers({ cookie });
      expect(await getApiSession(auth, headers)).toMatchObject({ user: { id: "u1", role: "admin", locale: "ru" }, session: { id: "s1" } });
      expect(getSession).toHaveBeenCalledWith({ headers });
    },
  );

  it("is null when better-auth finds no session for the cookie (expired, revoked)", async () => {
    const { auth } = fakeAuth(null);
    expect(await getApiSession(auth, new Headers({ cookie: "better-auth.session_token=gone.sig" }))).toBeNull();
  });
});
