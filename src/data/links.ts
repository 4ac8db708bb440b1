/** Page links with the configured base path applied; pages use these, never literal paths. */
import { routes, withBase } from "#lib/paths.ts";

type Routes = typeof routes;

export const href = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    // ESLint's program sees `route` as already callable with strings; astro check's does not.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    (...args: string[]) => withBase(import.meta.env.BASE_URL, (route as (...a: string[]) => string)(...args)),
  ]),
) as { [K in keyof Routes]: Routes[K] };
