/**
 * listmonk renders a campaign's subject, body and text part as Go templates, where `{{` starts
 * an action: written in an article's title, it would make listmonk fail, or run what follows.
 * `{{ "{{" }}` is the template that writes `{{` itself.
 */
const OPENING = "{{";
const ESCAPED_OPENING = '{{ "{{" }}';

/** The text with every `{{` written so that listmonk's template engine prints it as it is. */
export function escapeTemplateDelimiters(text: string): string {
  return text.replaceAll(OPENING, ESCAPED_OPENING);
}
