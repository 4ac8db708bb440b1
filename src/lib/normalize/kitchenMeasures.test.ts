/** Kitchen measures: a quantity before a kitchen unit, never a news figure or a menu label. */
import { describe, expect, it } from "vitest";
import { holdsKitchenMeasure } from "./kitchenMeasures.ts";

describe("holdsKitchenMeasure", () => {
  it.each([
    "2 tsp ground cumin",
    "1/2 tsp dried thyme",
    "1 1/2 cups rolled oats",
    "½ cup chopped walnuts",
    "3 oz. smoked salmon",
    "Recovery shake, 1 cup raspberries",
    "200g plain flour",
    "2-3 cloves garlic, minced",
  ])("measures %s", (line) => expect(holdsKitchenMeasure(line)).toBe(true));

  it.each([
    "Slow Cooker Meals",
    "2 comments",
    "World Cup 2026",
    "He lost 20 pounds in a month",
    "Top 10 Cups of the Year",
    "5G rollout",
    "Eat 60–90 minutes before your workout",
    "Page 2 of 3",
  ])("does not measure %s", (line) => expect(holdsKitchenMeasure(line)).toBe(false));
});
