// js-yaml ships no types and @types/js-yaml is not installed: the one call the check makes.
declare module "js-yaml" {
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
  export function load(text: string): unknown;
  const jsYaml: { load: typeof load; YAMLException: typeof YAMLException };
  export default jsYaml;
}
