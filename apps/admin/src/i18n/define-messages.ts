// Every key the English messages have, required and nothing else: a language that misses or
// misspells one fails to compile. Index signatures go, optional react-admin groups become required.
export type MessageTree<T> = {
  [K in keyof T as string extends K ? never : K]-?: NonNullable<T[K]> extends string
    ? string
    : MessageTree<NonNullable<T[K]>>;
};

/** A part of the app's messages, in both languages, checked key for key against the English. */
export interface FeatureMessages<T extends object = object> {
  en: T;
  id: MessageTree<T>;
}

export const defineMessages = <T extends object>(
  en: T,
  id: MessageTree<T>,
): FeatureMessages<T> => ({
  en,
  id,
});

type Tree = { [key: string]: string | Tree };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep-merges message trees; a key given twice with different text is a mistake worth failing on. */
export const mergeMessages = (...trees: object[]): Tree => {
  const merged: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      if (isTree(existing) && isTree(value)) {
        merged[key] = mergeMessages(existing, value);
      } else if (existing !== undefined && existing !== value) {
        throw new Error(`message "${key}" is defined twice`);
      } else {
        merged[key] = value as string | Tree;
      }
    }
  }
  return merged;
};
