// A component the pane loads on demand, in a chunk of its own. React.lazy wants a module whose default
// export is the component; our components are named function exports, so this picks one by name. The
// import() stays at the call site, where webpack reads its chunk name.
import { lazy, type LazyExoticComponent, type ReactNode } from "react";

type FunctionComponentOf<Export> = Export extends (props: infer Props) => ReactNode ? (props: Props) => ReactNode : never;

export function lazyComponent<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): LazyExoticComponent<FunctionComponentOf<Module[Name]>> {
  return lazy(() => load().then((module) => ({ default: module[name] as FunctionComponentOf<Module[Name]> })));
}
