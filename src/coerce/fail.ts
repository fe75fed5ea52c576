/** Returned by a coercer for text that is not of the column's type. */
export const FAIL: unique symbol = Symbol('coercion failed');
