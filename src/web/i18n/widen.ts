/** A catalogue's shape with any text in place of the Vietnamese literals. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
