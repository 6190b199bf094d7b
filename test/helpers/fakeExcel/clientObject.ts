// The proxy behaviour every fake office-js object shares: load() queues a read, properties are
// readable only after the sync that ran it (PropertyNotLoaded otherwise, which is what catches a
// missing load), and isNullObject answers only after a sync.
import { FakeOfficeError } from "./officeError";
import type { FakeRequestContext } from "./requestContext";

export type LoadOption = string | string[] | { select?: string | string[] } | Record<string, boolean>;

/** "a, b" / ["a", "b"] / { select: "a,b" } / { a: true } → ["a", "b"]. */
export function loadedNames(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option === "string") return option.split(",").map((name) => name.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((name) => loadedNames(name));
  if ("select" in option && option.select !== undefined) return loadedNames(option.select as string | string[]);
  return Object.entries(option)
    .filter(([, wanted]) => wanted === true)
    .map(([name]) => name);
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullObject;
  }

  /** Reads a property the last sync loaded. A null object answers undefined, as office-js does. */
  protected read<T>(property: string): T {
    if (this.nullObject === true) return undefined as T;
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  /** Called while a sync runs: records what the object is (or that it is a null object). */
  protected settle(values: Record<string, unknown> | null): void {
    this.nullObject = values === null;
    if (values) for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }
}
