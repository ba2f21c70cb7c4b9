import { editorMessage, type EditorMessage } from "../../i18n/editor-messages.ts";
import { MEMBER_TYPES, PROVINCES } from "../../schemas/members.ts";

/** A component's attribute that cannot be rendered, and why. */
export interface AttributeProblem {
  field: string;
  message: EditorMessage;
}

/**
 * The components editors may use in MDX (those of src/components/mdx/index.ts, which a test
 * holds to this list) with the attributes each documents, the required ones first. The content
 * check refuses any other component or attribute; `sourceLocation` is the build's, not theirs.
 */
export const MDX_COMPONENT_ATTRIBUTES = {
  Callout: { required: [], optional: ["tipo", "titolo"] },
  Download: { required: ["file"], optional: [] },
  Figure: { required: ["didascalia"], optional: [] },
  MemberCard: { required: ["id"], optional: [] },
  MemberList: { required: [], optional: ["tipo", "provincia"] },
  ProvinceMap: { required: [], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_ATTRIBUTES;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_ATTRIBUTES) as MdxComponentName[];

export const isMdxComponentName = (name: string): name is MdxComponentName =>
  Object.hasOwn(MDX_COMPONENT_ATTRIBUTES, name);

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
