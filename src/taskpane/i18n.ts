// The pane's language, provided once by App and read by every component.
import { createContext, useContext } from "react";
import type { Locale } from "../engine/report";
import type { Strings } from "./strings";
import { STRINGS } from "./strings";

export interface LocaleInfo {
  locale: Locale;
  t: Strings;
}

export const LocaleContext = createContext<LocaleInfo>({ locale: "zh-CN", t: STRINGS["zh-CN"] });

export function useStrings(): LocaleInfo {
  return useContext(LocaleContext);
}
