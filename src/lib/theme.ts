// Light and dark themes. The choice (system, light or dark) is kept in localStorage; "system"
// follows the browser's prefers-color-scheme. The page's <html> carries the `dark` class when dark.

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = "roster-theme";

export const isTheme = (value: unknown): value is Theme => typeof value === "string" && (THEMES as readonly string[]).includes(value);

/**
 * Runs in <head> before the page paints, so it never shows in the wrong theme first: reads the
 * stored choice and sets the class and color-scheme. Kept as a string: it is inlined, with the
 * response's CSP nonce, not bundled.
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light";}catch(_){}})();`;
