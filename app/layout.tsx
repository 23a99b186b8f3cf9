import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/inter/700.css";
import InitColorSchemeScript from "@mui/material/InitColorSchemeScript";
import { AppRouterCacheProvider } from "@mui/material-nextjs/v16-appRouter";
import { QueryProvider } from "@/components/providers/query-provider";
import { AppThemeProvider } from "@/components/providers/theme-provider";
import { COLOR_SCHEME_SELECTOR, COLOR_SCHEME_STORAGE_KEY, MODE_STORAGE_KEY } from "@/components/ui/theme";

export const metadata: Metadata = {
  title: { default: "Fikiri — email automation with a built-in CRM", template: "%s · Fikiri" },
  description: "Fikiri triages every email, drafts replies from your knowledge base and keeps your leads in a built-in CRM.",
  applicationName: "Fikiri",
  icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1020" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts puts the CSP nonce on the request; the inline colour-scheme script needs it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The colour-scheme class is set on <html> by a script before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body>
        <InitColorSchemeScript
          attribute={COLOR_SCHEME_SELECTOR}
          defaultMode="system"
          modeStorageKey={MODE_STORAGE_KEY}
          colorSchemeStorageKey={COLOR_SCHEME_STORAGE_KEY}
          nonce={nonce}
        />
        <AppRouterCacheProvider>
          <AppThemeProvider>
            <QueryProvider>{children}</QueryProvider>
          </AppThemeProvider>
        </AppRouterCacheProvider>
      </body>
    </html>
  );
}
