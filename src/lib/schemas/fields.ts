import { z } from "zod";

// Field rules shared by the procedures, the forms and the CLI, so every surface says the same thing.
export const PASSWORD_MIN = 8;
/** The largest value of a PostgreSQL integer column: sequence numbers and counters stop here. */
export const INT4_MAX = 2_147_483_647;
export const PASSWORD_MAX = 128;

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

/** The characters a username may have; sign-in checks the same rule (better-auth's own has no dash). */
export const USERNAME_PATTERN = /^[a-zA-Z0-9._-]+$/;

export const ZUsername = z
  .string()
  .trim()
  .min(2, "Username must be at least 2 characters")
  .max(64, "Username must be at most 64 characters")
  .regex(USERNAME_PATTERN, "Username may contain only letters, digits, dots, dashes and underscores");

export const ZEmail = z.email("Enter a valid email address").max(254);

export const ZPersonName = z.string().trim().max(100, "Names must be at most 100 characters");

export const ZId = z.string().min(1).max(64);
