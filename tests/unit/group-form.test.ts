import { describe, expect, it } from "vitest";
import { CREATE_GROUP_DEFAULTS, toCreateGroupInput, ZCreateGroupForm } from "@/lib/schemas/group-form";

describe("the Create group form", () => {
  it("assigns the next GID when the box is empty and sends member ids", () => {
    expect(toCreateGroupInput({ ...CREATE_GROUP_DEFAULTS, name: "qa" })).toEqual({ name: "qa" });
    expect(toCreateGroupInput({ name: "qa", description: " testers ", gid: "2001", members: [{ userId: "u1", username: "ada" }] })).toEqual({
      name: "qa",
      description: "testers",
      gid: 2001,
      members: ["u1"],
    });
  });

  it("accepts only a whole GID", () => {
    expect(ZCreateGroupForm.safeParse({ ...CREATE_GROUP_DEFAULTS, name: "qa", gid: "12a" }).success).toBe(false);
    expect(ZCreateGroupForm.safeParse({ ...CREATE_GROUP_DEFAULTS, name: "qa", gid: "0" }).success).toBe(false);
    expect(ZCreateGroupForm.safeParse({ ...CREATE_GROUP_DEFAULTS, name: "qa", gid: " " }).success).toBe(true);
  });
});
