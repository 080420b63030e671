// Fluent's light theme with a font stack that has Chinese faces: Segoe UI alone leaves CJK text to
// the browser's fallback, which on Windows is often SimSun.
import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";

const CJK_FONTS = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei"`;

export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, ${CJK_FONTS}, Roboto, "Helvetica Neue", sans-serif`,
};
