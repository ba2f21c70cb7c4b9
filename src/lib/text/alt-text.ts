/** Why an image's description tells a reader who cannot see it nothing. */
export type AltTextProblem = "generic" | "fileName" | "tooShort";

/** Fewer characters than this cannot say what an image shows ("ok", "sala"). */
export const MIN_ALT_LENGTH = 5;

/** Words that name the kind of picture, not what it shows, in Italian and in English. */
const GENERIC_WORDS = new Set([
  "foto",
  "fotografia",
  "immagine",
  "immagini",
  "figura",
  "grafica",
  "icona",
  "logo",
  "copertina",
  "anteprima",
  "schermata",
  "descrizione",
  "senza titolo",
  "image",
  "img",
  "photo",
  "picture",
  "pic",
  "icon",
  "banner",
  "cover",
  "thumbnail",
  "screenshot",
  "untitled",
  "placeholder",
  "dsc",
  "dscn",
  "pxl",
]);

const IMAGE_EXTENSION = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const EDGE_PUNCTUATION = /^[\s"'«».,:;!?()[\]-]+|[\s"'«».,:;!?()[\]-]+$/g;
// "una foto", "l'immagine", "the picture": an article does not make a description.
const LEADING_ARTICLE = /^(?:(?:un|una|uno|il|lo|la|i|gli|le|a|an|the)\s+|l['’]\s*)/;
// "foto 1", "IMG_2041", "immagine-3": a number after the word adds nothing either.
const TRAILING_NUMBER = /[\s_-]*\d+$/;

/** A file name without its folder, and without its extension too. */
function fileNames(src: string): string[] {
  let name = src.split(/[/\\]/).pop() ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // A name with a stray % is compared as written.
  }
  const lower = name.toLowerCase();
  return [lower, lower.replace(/\.[^.]+$/, "")].filter(Boolean);
}

/**
 * What is wrong with an image's description, if anything: the name of a kind of picture
 * ("foto", "immagine", "logo"), the image's file name with or without its extension (what
 * cameras and editors fill in), or too few characters to say anything. An empty description is
 * not judged here: the rules that ask for one say so.
 */
export function altTextProblem(alt: string, src: string): AltTextProblem | undefined {
  const text = alt.trim().toLowerCase().replace(EDGE_PUNCTUATION, "");
  if (alt.trim() === "") return undefined;
  const word = text
    .replace(LEADING_ARTICLE, "")
    .replace(TRAILING_NUMBER, "")
    .replace(/[_-]+/g, " ");
  if (word === "" || GENERIC_WORDS.has(word)) return "generic";
  if (IMAGE_EXTENSION.test(text) || fileNames(src).includes(text)) return "fileName";
  if (text.length < MIN_ALT_LENGTH) return "tooShort";
  return undefined;
}
