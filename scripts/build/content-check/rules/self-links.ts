import { registry } from "../../../../src/collections.ts";
import { editorMessage } from "../../../../src/i18n/editor-messages.ts";
import type { Rule } from "../context.ts";
import { bodyLinks, TEXT_FIELD } from "../markdown.ts";

/**
 * A link to the page it is written on sends the reader where they already are ("go to the
 * page Aderisci", on /aderisci/): say where on the page the thing is instead. A link to one of
 * the page's own sections (`#anchor`) is fine.
 */
export const selfLinks: Rule = (context, report) => {
  for (const entry of context.entries) {
    const own = entry.data && registry[entry.collection].address?.(entry.id);
    if (!own) continue;
    for (const link of bodyLinks(entry)) {
      const [target = "", anchor] = link.url.split("#", 2);
      if (anchor !== undefined || target.split("?")[0] !== own) continue;
      report.add(
        { file: entry.shownFile, line: link.line, field: TEXT_FIELD },
        editorMessage("LinkToSamePage", { address: own }),
      );
    }
  }
};
