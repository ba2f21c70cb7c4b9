/**
 * A field as an editor reads it: nested fields joined by dots (`image.alt`), an item of a list
 * by its position counted from one (`members (2°)`), never zod's `members.1`, which counts from
 * zero and reads like a field called 1.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === "number") return `${name} (${key + 1}°)`;
    return name === "" ? String(key) : `${name}.${String(key)}`;
  }, "");
}
