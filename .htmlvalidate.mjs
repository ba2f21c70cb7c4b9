// html-validate's recommended rules for every page in dist/, with each exception explained.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Page titles are "<the editors' headline> · <site name>": a long headline makes a long
    // title, which search engines shorten on display. It is advice about snippets, not an error.
    "long-title": "off",
    // The updates form's lists are checkboxes sharing the name `l`, one value per ticked list,
    // which is how listmonk's form route reads them; the rule shares names only among radio
    // buttons and buttons by default.
    "form-dup-name": ["error", { shared: ["radio", "button", "reset", "submit", "checkbox"] }],
  },
};
