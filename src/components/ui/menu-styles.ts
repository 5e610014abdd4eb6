// The look shared by the dropdown and the context menu, so both menus of a row match.
export const MENU_CONTENT_CLASS = "z-50 min-w-[8rem] overflow-hidden rounded-md border bg-popover p-1 text-popover-foreground shadow-md";

export const MENU_ITEM_CLASS =
  "relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none select-none focus:bg-accent focus:text-accent-foreground data-[disabled]:pointer-events-none data-[disabled]:opacity-50 [&_svg]:size-4";

export const MENU_LABEL_CLASS = "px-2 py-1.5 text-sm font-medium";

export const MENU_SEPARATOR_CLASS = "-mx-1 my-1 h-px bg-border";
