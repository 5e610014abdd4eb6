"use client";

import { Toaster } from "sonner";
import { useTheme } from "./use-theme";

/** Toasts in the chosen theme. */
export function ThemedToaster() {
  const [theme] = useTheme();
  return <Toaster richColors position="top-right" theme={theme} />;
}
