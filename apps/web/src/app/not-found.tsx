import { defaultLocale } from "@karvon/data";
import "./globals.css";

// Outside any locale (a stray file name, say) there is no layout: a minimal page that leads back in.
export default function RootNotFound() {
  return (
    <html lang={defaultLocale}>
      <body className="grid min-h-screen place-items-center p-6 text-center">
        <main>
          <p className="text-6xl font-bold text-brand-600">404</p>
          <p className="mt-4">
            <a className="underline" href={`/${defaultLocale}`}>
              Karvon
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
