import path from "node:path";
import { fileURLToPath } from "node:url";
import type {
  MdastPluginDefinition,
  MdastVisitorContext,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from "satteri";
import { placeText } from "../lib/data/content-errors.ts";

/** The prop every component in an MDX file receives (each declares it): `file:line`. */
export const SOURCE_PROP = "sourceLocation";

/**
 * Gives every component an MDX file uses (`<MemberCard id="…" />`) the file and line it is
 * written at, so that a component that cannot render (a member that does not exist, a missing
 * document) stops the build naming the place, as the content check would.
 */
export function componentSource(projectRoot: string): MdastPluginDefinition {
  const annotate = (
    node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>,
    context: MdastVisitorContext,
  ) => {
    // Lower-case names are HTML elements; only the site's components take props.
    if (!node.name || !/^[A-Z]/.test(node.name) || !context.fileURL) return;
    const file = path.relative(projectRoot, fileURLToPath(context.fileURL)).split(path.sep);
    const source = placeText(file.join("/"), node.position?.start.line);
    // Satteri cannot set a node's attributes in place: the node is replaced by its copy.
    const attribute = { type: "mdxJsxAttribute" as const, name: SOURCE_PROP, value: source };
    context.replaceNode(node, {
      type: node.type,
      name: node.name,
      attributes: [...node.attributes, attribute],
      children: node.children,
    });
  };
  return {
    name: "component-source",
    options: { position: true },
    mdxJsxFlowElement: annotate,
    mdxJsxTextElement: annotate,
  };
}
