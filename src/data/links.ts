/** Page links with the configured base path applied; pages use these, never literal paths. */
import { routes, withBase } from "../lib/paths.ts";

type Routes = typeof routes;

export const href = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    (...args: string[]) => withBase(import.meta.env.BASE_URL, (route)(...args)),
  ]),
) as { [K in keyof Routes]: Routes[K] };
