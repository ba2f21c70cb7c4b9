import { editorMessage, type EditorMessage } from "../i18n/editor-messages.ts";
import { MEMBER_TYPES, PROVINCES } from "../schemas/members.ts";

/** A component's attribute that cannot be rendered, and why. */
export interface AttributeProblem {
  field: string;
  message: EditorMessage;
}

/** How a component's attribute is named in a message's field column: `<MemberCard id>`. */
export const attributeField = (component: string, attribute: string) =>
  `<${component} ${attribute}>`;

/**
 * `<MemberList tipo="…" provincia="…">`: each value must be one the members' schema allows,
 * or the list would silently show nobody. The component and the content check both ask here.
 */
export function memberListProblems(attributes: {
  tipo?: string | undefined;
  provincia?: string | undefined;
}): AttributeProblem[] {
  const allowed = { tipo: MEMBER_TYPES, provincia: PROVINCES } as const;
  return (["tipo", "provincia"] as const).flatMap((attribute) => {
    const value = attributes[attribute];
    const values: readonly string[] = allowed[attribute];
    if (value === undefined || values.includes(value)) return [];
    return [
      {
        field: attributeField("MemberList", attribute),
        message: editorMessage("ValueNotAllowed", { value, allowed: values }),
      },
    ];
  });
}
