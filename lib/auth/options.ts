/** next-auth configuration: credentials sign-in, JWT sessions carrying user id, role and tenant. */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import type { Role } from "./roles";
import { nowSeconds, sessionLimits } from "./session-policy";
import { cookies } from "next/headers";
import { signInFully, ZSecondStep, ZSignInInput } from "./sign-in";
import { admitted } from "./admit-sign-in";
import { trustedDeviceCookie, trustedDeviceFromCookieHeader } from "@/lib/second-factor/trusted-device";
import { recordSignOut } from "./sign-out";
import { clientAddressOf } from "@/lib/http/client-address";
import { signInWithPasskey } from "@/lib/passkeys/sign-in-with-passkey";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; tenantId: string | null };
    authTime: number;
    lastSeen: number;
  }
  interface User {
    role: Role;
    tenantId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    tenantId?: string | null;
    authTime?: number;
    authTimeMs?: number;
    lastSeen?: number;
  }
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const { idleSeconds } = sessionLimits();
  cached = {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: idleSeconds, updateAge: 60 },
    jwt: { maxAge: idleSeconds },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" }, trustDevice: { type: "text" } },
        async authorize(credentials, request) {
          const parsed = ZSignInInput.and(ZSecondStep).safeParse(credentials ?? {});
          if (!parsed.success) throw new Error("invalid_credentials");
          const headers = request.headers ?? {};
          const result = await signInFully(parsed.data, {
            clientAddress: clientAddressOf(headers),
            trustedDeviceToken: trustedDeviceFromCookieHeader(headers.cookie),
          });
          if (result.ok && result.trustDevice) {
            const cookie = trustedDeviceCookie(result.trustDevice);
            (await cookies()).set(cookie.name, cookie.value, cookie.options);
          }
          return admitted(result, parsed.data.code ? "password+code" : "password");
        },
      }),
      CredentialsProvider({
        id: "passkey",
        name: "Passkey",
        credentials: { challengeId: { type: "text" }, response: { type: "text" } },
        async authorize(credentials, request) {
          return admitted(await signInWithPasskey(credentials ?? {}, { clientAddress: clientAddressOf(request.headers ?? {}) }), "passkey");
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        if (token?.sub) await recordSignOut({ userId: token.sub, authTimeMs: token.authTimeMs });
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const now = nowSeconds();
          token.sub = user.id;
          token.role = user.role;
          token.tenantId = user.tenantId;
          token.authTime = now;
          token.authTimeMs = Date.now();
          token.lastSeen = now;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub ?? "", role: token.role as Role, tenantId: token.tenantId ?? null };
        session.authTime = token.authTime ?? 0;
        session.lastSeen = token.lastSeen ?? 0;
        return session;
      },
    },
  };
  return cached;
}
