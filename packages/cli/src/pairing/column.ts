/**
 * A growing list of 32-bit integers in one typed array: four bytes an entry, where a JS array of
 * numbers takes eight and an object per entry far more (the year index holds one per report of a run).
 */
export class IntColumn {
  #values = new Int32Array(1024);
  #length = 0;

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }

  set(index: number, value: number): void {
    this.#values[index] = value;
  }

  at(index: number): number {
    return this.#values[index] as number;
  }
}
