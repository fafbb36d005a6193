/** DeepL's limits for one translate request (deepl-node does not enforce them). */
export const deeplLimits = {texts: 50, bodyBytes: 128 * 1024}

/** Bytes one `text` field adds to a form-encoded request body (`&text=…`). */
export function textFieldBytes(text: string): number {
  return new URLSearchParams({text}).toString().length + 1
}

/**
 * Split texts, in order, into as few requests as DeepL's limits allow: at
 * most 50 texts and 128 KiB of form-encoded body each, `fixedBytes` being what every request carries besides its texts.
 * Returns the index ranges `[start, end)`. A text that cannot fit even
 * alone gets a request of its own (DeepL will refuse it, and says why).
 */
export function packBatches(texts: readonly string[], fixedBytes: number): Array<[number, number]> {
  const batches: Array<[number, number]> = []
  let start = 0
  let bytes = fixedBytes

  for (const [index, text] of texts.entries()) {
    const size = textFieldBytes(text)
    if (index > start && (index - start >= deeplLimits.texts || bytes + size > deeplLimits.bodyBytes)) {
      batches.push([start, index])
      start = index
      bytes = fixedBytes
    }

    bytes += size
  }

  if (texts.length > start) batches.push([start, texts.length])
  return batches
}
