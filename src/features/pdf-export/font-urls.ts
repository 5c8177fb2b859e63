import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import italic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import boldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import type { FontSources } from './fonts';

/** Font files Vite emits with the build, as absolute URLs (the worker fetches them; offline they come from the precache). */
export function bundledFontUrls(base: string): FontSources {
  const abs = (u: string) => new URL(u, base).href;
  return {
    regular: abs(regular),
    bold: abs(bold),
    italic: abs(italic),
    boldItalic: abs(boldItalic),
  };
}
