import {UsageError} from '../core/index.js'

/**
 * A setting given as text (an option's value, an environment variable) read
 * as a whole number from `minimum` to `maximum`; anything else is a usage
 * error naming the setting and what it takes.
 */
export function wholeNumber(
  setting: string,
  value: string,
  minimum: number,
  maximum: number,
  expected = minimum + '…' + maximum
): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum || number > maximum) {
    throw new UsageError('usage.bad-value', {option: setting, value, expected})
  }

  return number
}
