/** Types for the word-swapping translation (plain JavaScript, so node runs it directly). */

/** Every swapped word, in each case form it swaps in, to its same-length, same-case replacement. */
export declare const dictionary: Readonly<Record<string, string>>

/** Swap the dictionary's whole words in plain text, leaving character references alone. */
export declare function swapWords(text: string): string

/** Swap words in the XML glossa sends, only outside tags and `<x>…</x>` content. */
export declare function swapMarkup(xml: string): string
