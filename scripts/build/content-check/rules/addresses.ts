import { registry } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import { RESERVED_SEGMENTS } from "../../../../src/routes.ts";
import type { Entry, Rule } from "../context.ts";

const FIELD = "(indirizzo)";

/** No two entries at one address; standalone pages keep off the site's fixed sections. */
export const addresses: Rule = (context, report) => {
  const byAddress = new Map<string, Entry[]>();
  for (const entry of context.entries) {
    const { address: addressOf, yearFolders } = registry[entry.collection];
    const address = addressOf?.(entry.id);
    if (!address) continue;
    if (!yearFolders && entry.id.includes("/")) {
      report.add(
        { file: entry.shownFile, field: FIELD },
        editorMessage("SubfolderNotAllowed", {
          folder: `${context.shownRoot}/${entry.collection}/`,
        }),
      );
      continue;
    }
    byAddress.set(address, [...(byAddress.get(address) ?? []), entry]);
    if (entry.collection === "pages" && RESERVED_SEGMENTS.includes(entry.id)) {
      report.add(
        { file: entry.shownFile, field: FIELD },
        editorMessage("AddressReserved", { address, reserved: RESERVED_SEGMENTS }),
      );
    }
  }
  for (const [address, entries] of byAddress) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).map((other) => other.shownFile);
      report.add(
        { file: entry.shownFile, field: FIELD },
        editorMessage("AddressTaken", { address, others }),
      );
    }
  }
  const seats = new Map<string, Entry[]>();
  for (const entry of context.entries) {
    const member = entry.collection === "committee" ? entry.frontmatter?.data["member"] : undefined;
    if (typeof member === "string") seats.set(member, [...(seats.get(member) ?? []), entry]);
  }
  for (const [member, entries] of seats) {
    for (const entry of entries.length > 1 ? entries : []) {
      const others = entries.filter((other) => other !== entry).map((other) => other.shownFile);
      report.add(
        { file: entry.shownFile, line: entry.frontmatter?.lineOf(["member"]), field: "member" },
        editorMessage("CommitteeSeatDuplicate", { member, others }),
      );
    }
  }
};
