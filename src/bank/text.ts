/** Lower case, letters and digits only, single spaces: the form text is compared and searched in. */
export const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
