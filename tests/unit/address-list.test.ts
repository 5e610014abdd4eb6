import { describe, expect, it } from "vitest";
import { parseAddressList } from "@/lib/address-list";

describe("parseAddressList", () => {
  it("reads a pasted list: one per line, or separated by commas, semicolons and spaces", () => {
    expect(parseAddressList("a@example.test\nb@example.test, c@example.test; d@example.test e@example.test\n\n")).toEqual([
      "a@example.test",
      "b@example.test",
      "c@example.test",
      "d@example.test",
      "e@example.test",
    ]);
  });

  it("reads a CSV's email column by its header, quoted or not", () => {
    expect(parseAddressList('name,Email,team\r\n"Ada Lovelace","ada@example.test",ops\r\nAlan,alan@example.test,dev\r\n')).toEqual([
      "ada@example.test",
      "alan@example.test",
    ]);
  });

  it("keeps a line without an address as its first cell, so the report can call it invalid", () => {
    expect(parseAddressList("Ada Lovelace,ada@example.test\nnot an address\n")).toEqual(["ada@example.test", "not an address"]);
  });
});
