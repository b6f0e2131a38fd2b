/** One page of a list and the total it comes from: the answer of every list route. */
export class ListPage<T> {
  constructor(
    readonly resource: string,
    readonly offset: number,
    readonly items: readonly T[],
    readonly total: number,
  ) {}

  map<U>(project: (item: T) => U): ListPage<U> {
    return new ListPage(this.resource, this.offset, this.items.map(project), this.total);
  }

  /** `<resource> <first>-<last>/<total>`; an empty page has no first or last: `<resource> *\/<total>`. */
  get contentRange(): string {
    const rows =
      this.items.length === 0 ? '*' : `${this.offset}-${this.offset + this.items.length - 1}`;
    return `${this.resource} ${rows}/${this.total}`;
  }
}
