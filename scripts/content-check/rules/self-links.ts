import { registry } from "../../../src/collections.ts";
import type { Rule } from "../context.ts";
import { bodyLines, bodyLinks } from "../markdown.ts";

/**
 * A link to the page it is written on sends the reader where they already are ("go to the
 * page Aderisci", on /aderisci/): say where on the page the thing is instead. A link to one of
 * the page's own sections (`#anchor`) is fine.
 */
export const selfLinks: Rule = (context, report) => {
  for (const entry of context.entries) {
    const own = entry.data && registry[entry.collection].address?.(entry.id);
    if (!own) continue;
    for (const link of bodyLinks(bodyLines(entry))) {
      const [target = "", anchor] = link.url.split("#", 2);
      if (anchor !== undefined || target.split("?")[0] !== own) continue;
      report.error({
        file: entry.shownFile,
        line: link.line,
        field: "(testo)",
        problem: `il link porta a ${own}, cioè a questa stessa pagina: chi legge è già qui.`,
        expected:
          "Togli il link e scrivi dove si trova nella pagina quello che serve (per esempio «in fondo a questa pagina»), oppure fai puntare il link a un'altra pagina.",
      });
    }
  }
};
