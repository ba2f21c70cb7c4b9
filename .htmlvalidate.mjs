// html-validate's recommended rules for every page in dist/, with each exception explained.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Page titles are "<the editors' headline> · <site name>": a long headline makes a long
    // title, which search engines shorten on display. It is advice about snippets, not an error.
    "long-title": "off",
  },
};
