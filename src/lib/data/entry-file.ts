/** The file an entry was read from, as Astro records it, for messages that name it. */
export const fileOf = (entry: { id: string; filePath?: string | undefined }) =>
  entry.filePath ?? entry.id;
