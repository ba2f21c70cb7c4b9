import type { Dictionary } from "../../i18n/it.ts";
import type { routes as italianRoutes } from "../../routes.ts";

/**
 * What the site offers a reader who wants to join, from the deploy-time settings. Every page that
 * speaks of joining (the join page, a working group's call) words itself from this, so none
 * promises a form or an address that the build does not have.
 */
export type JoinOffer =
  /** The join form, posting to PUBLIC_JOIN_ENDPOINT. */
  | { kind: "form" }
  /** No form: the reader writes to the secretariat, PUBLIC_CONTACT_EMAIL. */
  | { kind: "email"; email: string }
  /** Neither is known yet: the pages say that the contacts are being set up. */
  | { kind: "pending" };

export function joinOffer(settings: { joinEndpoint: string; contactEmail: string }): JoinOffer {
  if (settings.joinEndpoint) return { kind: "form" };
  if (settings.contactEmail) return { kind: "email", email: settings.contactEmail };
  return { kind: "pending" };
}

/** A `mailto:` address whose message starts with a subject, so the secretariat knows its purpose. */
export function mailtoWithSubject(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** A working group's call to take part: what it says, and where its button leads. */
export interface GroupCall {
  text: string;
  href: string;
  linkLabel: string;
}

/**
 * With the form, the call leads to the join page with the group chosen in it. Without one, the
 * join page has nothing that could carry the group (a static page cannot read the address, and
 * a script would leave readers without JavaScript out), so the call itself names the group and
 * how to ask: an e-mail whose subject names the group, or that the contacts are being set up.
 */
export function groupCall(
  offer: JoinOffer,
  group: { id: string; title: string },
  { t, routes }: { t: Dictionary; routes: Pick<typeof italianRoutes, "join"> },
): GroupCall {
  switch (offer.kind) {
    case "form":
      return {
        text: t.groupJoinText,
        href: routes.join({ group: group.id }),
        linkLabel: t.groupJoin,
      };
    case "email":
      return {
        text: t.groupJoinByEmail(group.title, offer.email),
        href: mailtoWithSubject(offer.email, t.groupJoinSubject(group.title)),
        linkLabel: t.groupJoinByEmailLink,
      };
    case "pending":
      return {
        text: t.groupJoinPending(group.title),
        href: routes.join(),
        linkLabel: t.groupJoinPendingLink,
      };
  }
}
