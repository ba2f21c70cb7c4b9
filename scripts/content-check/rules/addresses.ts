import { registry } from "../../../src/collections.ts";
import { RESERVED_SEGMENTS } from "../../../src/routes.ts";
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
      report.error({
        file: entry.shownFile,
        field: FIELD,
        problem: `i file di ${context.shownRoot}/${entry.collection}/ non possono stare in una sottocartella.`,
        expected: `Sposta il file direttamente in ${context.shownRoot}/${entry.collection}/.`,
      });
      continue;
    }
    byAddress.set(address, [...(byAddress.get(address) ?? []), entry]);
    if (entry.collection === "pages" && RESERVED_SEGMENTS.includes(entry.id)) {
      report.error({
        file: entry.shownFile,
        field: FIELD,
        problem: `la pagina sarebbe pubblicata a ${address}, che è già una sezione del sito.`,
        expected: `Rinomina il file con un altro nome; questi sono riservati: ${RESERVED_SEGMENTS.join(", ")}.`,
      });
    }
  }
  for (const [address, entries] of byAddress) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).map((other) => other.shownFile);
      report.error({
        file: entry.shownFile,
        field: FIELD,
        problem: `sarebbe pubblicato a ${address} come ${others.join(", ")}.`,
        expected: "Rinomina uno dei file o toglilo: ogni pagina ha un indirizzo solo.",
      });
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
      report.error({
        file: entry.shownFile,
        line: entry.frontmatter?.lineOf(["member"]),
        field: "member",
        problem: `il membro "${member}" ha già un posto nel comitato in ${others.join(", ")}.`,
        expected: "Tieni un solo file per ogni membro del comitato.",
      });
    }
  }
};
