import { describe, expect, it } from "vitest";
import { t } from "../../i18n/it.ts";
import { routes } from "../../routes.ts";
import { groupCall, joinOffer, mailtoWithSubject } from "./join-offer.ts";

const italian = { t, routes };

describe("what the site offers a reader who wants to join", () => {
  it("is the form whenever its endpoint is set, with or without an e-mail", () => {
    const joinEndpoint = "https://moduli.example/adesione";
    expect(joinOffer({ joinEndpoint, contactEmail: "" })).toEqual({ kind: "form" });
    expect(joinOffer({ joinEndpoint, contactEmail: "segreteria@example.it" })).toEqual({
      kind: "form",
    });
  });

  it("is the secretariat's e-mail without a form", () => {
    expect(joinOffer({ joinEndpoint: "", contactEmail: "segreteria@example.it" })).toEqual({
      kind: "email",
      email: "segreteria@example.it",
    });
  });

  it("is nothing yet without either", () => {
    expect(joinOffer({ joinEndpoint: "", contactEmail: "" })).toEqual({ kind: "pending" });
  });
});

describe("a mailto address with a subject", () => {
  it("encodes the subject so that spaces, quotes and ampersands survive", () => {
    expect(mailtoWithSubject("a@b.it", "Gruppo «Filiera & competenze»")).toBe(
      "mailto:a@b.it?subject=Gruppo%20%C2%ABFiliera%20%26%20competenze%C2%BB",
    );
  });
});

describe("a working group's call to take part", () => {
  const group = { id: "filiera", title: "Filiera e competenze" };

  it("leads to the join form with the group chosen", () => {
    expect(groupCall({ kind: "form" }, group, italian)).toEqual({
      text: t.groupJoinText,
      href: "/aderisci/?gruppo=filiera",
      linkLabel: t.groupJoin,
    });
  });

  it("without a form, names the group and writes to the secretariat about it", () => {
    const call = groupCall({ kind: "email", email: "segreteria@example.it" }, group, italian);
    expect(call.text).toContain("«Filiera e competenze»");
    expect(call.text).toContain("segreteria@example.it");
    expect(call.href).toBe(
      mailtoWithSubject("segreteria@example.it", t.groupJoinSubject("Filiera e competenze")),
    );
  });

  it("without a form or an e-mail, names the group and says the contacts are being set up", () => {
    const call = groupCall({ kind: "pending" }, group, italian);
    expect(call.text).toContain("«Filiera e competenze»");
    expect(call.text).toContain("in via di definizione");
    expect(call.href).toBe("/aderisci/");
  });
});
